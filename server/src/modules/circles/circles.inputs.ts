import {
  CIRCLE_DESCRIPTION_MAX_LENGTH,
  CIRCLE_MEMBER_MAX,
  CIRCLE_NAME_MAX_LENGTH,
  CIRCLE_NAME_MIN_LENGTH,
  CIRCLE_PAGE_MAX,
  COUNTRY_CODES,
  LANGUAGE_CODES,
  SECTORS,
  type CountryCode,
  type LanguageCode,
  type Sector,
} from '@aliadas/shared';
import { IsIn, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CountryEnum, SectorEnum } from '../../graphql/enums.js';
import { IsPlainText } from '../../graphql/validators.js';

@InputType()
export class CircleInput {
  @Field(() => String)
  @Length(CIRCLE_NAME_MIN_LENGTH, CIRCLE_NAME_MAX_LENGTH)
  @IsPlainText()
  name!: string;

  @Field(() => String)
  @Length(1, CIRCLE_DESCRIPTION_MAX_LENGTH)
  @IsPlainText()
  description!: string;

  @Field(() => String, { nullable: true, description: 'A language code of the shared vocabulary.' })
  @IsOptional()
  @IsIn(LANGUAGE_CODES as string[])
  language?: LanguageCode | null;

  @Field(() => CountryEnum, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES as string[])
  country?: CountryCode | null;

  @Field(() => SectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(SECTORS as readonly string[] as string[])
  sector?: Sector | null;

  @Field(() => Int, { nullable: true, description: 'Members at most, the moderator included.' })
  @IsOptional()
  @Min(2)
  @Max(CIRCLE_MEMBER_MAX)
  memberCap?: number | null;

  @Field(() => ID, { nullable: true, description: 'An entrepreneur, mentor or adviser who keeps the circle.' })
  @IsOptional()
  @MaxLength(64)
  moderatorId?: string | null;
}

@ArgsType()
export class CirclesArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGE_CODES as string[])
  language?: LanguageCode | null;

  @Field(() => CountryEnum, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES as string[])
  country?: CountryCode | null;

  @Field(() => SectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(SECTORS as readonly string[] as string[])
  sector?: Sector | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only the circles she is in.' })
  mine: boolean = false;

  @Field(() => Boolean, { defaultValue: false, description: 'Coordinators and admins: archived circles too.' })
  includeArchived: boolean = false;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(CIRCLE_PAGE_MAX)
  limit = 20;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(100_000)
  offset = 0;
}
