import type { CountryCode, LanguageCode, SupportKind } from '@aliadas/shared';
import { COUNTRY_CODES, LANGUAGE_CODES, SUPPORT_KINDS } from '@aliadas/shared';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { CountryEnum, SupportKindEnum } from '../../graphql/enums.js';
import { IsPlainText } from '../../graphql/validators.js';

@InputType()
export class OrganizationInput {
  @Field(() => String)
  @Length(2, 120)
  @IsPlainText()
  name!: string;

  @Field(() => String)
  @Length(1, 2000)
  description!: string;

  @Field(() => [CountryEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(COUNTRY_CODES.length)
  @ArrayUnique()
  @IsIn(COUNTRY_CODES as string[], { each: true })
  countries!: CountryCode[];

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(LANGUAGE_CODES.length)
  @ArrayUnique()
  @IsIn(LANGUAGE_CODES as string[], { each: true })
  languages!: LanguageCode[];

  @Field(() => [SupportKindEnum])
  @ArrayMaxSize(SUPPORT_KINDS.length)
  @ArrayUnique()
  @IsIn(SUPPORT_KINDS, { each: true })
  services!: SupportKind[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  contact?: string | null;
}
