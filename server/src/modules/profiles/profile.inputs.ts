import type {
  BusinessStage,
  CountryCode,
  LanguageCode,
  LanguageLevel,
  Modality,
  Need,
  Sector,
  SupportKind,
  Weekday,
} from '@aliadas/shared';
import {
  BUSINESS_STAGES,
  COUNTRY_CODES,
  LANGUAGE_CODES,
  LANGUAGE_LEVELS,
  MODALITIES,
  NEED_CODES,
  NETWORK_COUNTRY_CODES,
  SECTORS,
  SUPPORT_KINDS,
  SUPPORTER_CAPACITY,
} from '@aliadas/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsInt,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import {
  BusinessStageEnum,
  CountryEnum,
  LanguageLevelEnum,
  ModalityEnum,
  NeedEnum,
  SectorEnum,
  SupportKindEnum,
} from '../../graphql/enums.js';
import { IsPlainText, IsTimeZone } from '../../graphql/validators.js';

@InputType()
export class LanguageSkillInput {
  @Field(() => String)
  @IsIn(LANGUAGE_CODES as string[], { message: 'language must be one of the languages Aliadas knows' })
  language!: LanguageCode;

  @Field(() => LanguageLevelEnum)
  @IsIn(LANGUAGE_LEVELS)
  level!: LanguageLevel;
}

@InputType()
export class AvailabilitySlotInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(7)
  day!: Weekday;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1439)
  startMinute!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1440)
  endMinute!: number;
}

@InputType()
export class AvailabilityInput {
  @Field(() => String)
  @IsTimeZone()
  timeZone!: string;

  @Field(() => [AvailabilitySlotInput])
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  slots!: AvailabilitySlotInput[];
}

@InputType()
export class EntrepreneurProfileInput {
  @Field(() => CountryEnum)
  @IsIn(NETWORK_COUNTRY_CODES as string[], { message: 'countryOfResidence must be a country where the network works' })
  countryOfResidence!: CountryCode;

  @Field(() => CountryEnum, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES as string[])
  countryOfOrigin?: CountryCode | null;

  @Field(() => String)
  @Length(1, 100)
  @IsPlainText()
  city!: string;

  @Field(() => [LanguageSkillInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  languages!: LanguageSkillInput[];

  @Field(() => SectorEnum, { nullable: true })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector | null;

  @Field(() => BusinessStageEnum)
  @IsIn(BUSINESS_STAGES)
  businessStage!: BusinessStage;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  businessDescription?: string | null;

  @Field(() => [ModalityEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(MODALITIES, { each: true })
  modalities!: Modality[];

  @Field(() => AvailabilityInput)
  @ValidateNested()
  availability!: AvailabilityInput;
}

@InputType()
export class SupporterProfileInput {
  @Field(() => [SupportKindEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(SUPPORT_KINDS, { each: true })
  supportKinds!: SupportKind[];

  @Field(() => [NeedEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(NEED_CODES.length)
  @ArrayUnique()
  @IsIn(NEED_CODES as string[], { each: true })
  needs!: Need[];

  @Field(() => [LanguageSkillInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  languages!: LanguageSkillInput[];

  @Field(() => [CountryEnum], { defaultValue: [] })
  @ArrayMaxSize(8)
  @ArrayUnique()
  @IsIn(NETWORK_COUNTRY_CODES as string[], { each: true })
  jurisdictions!: CountryCode[];

  @Field(() => [SectorEnum], { defaultValue: [] })
  @ArrayMaxSize(SECTORS.length)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors!: Sector[];

  @Field(() => [BusinessStageEnum], { defaultValue: [] })
  @ArrayMaxSize(BUSINESS_STAGES.length)
  @ArrayUnique()
  @IsIn(BUSINESS_STAGES, { each: true })
  businessStages!: BusinessStage[];

  @Field(() => Int)
  @IsInt()
  @Min(SUPPORTER_CAPACITY.min)
  @Max(SUPPORTER_CAPACITY.max)
  capacity!: number;

  @Field(() => AvailabilityInput)
  @ValidateNested()
  availability!: AvailabilityInput;

  @Field(() => [ModalityEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(MODALITIES, { each: true })
  modalities!: Modality[];

  @Field(() => CountryEnum)
  @IsIn(NETWORK_COUNTRY_CODES as string[])
  country!: CountryCode;

  @Field(() => String)
  @Length(1, 100)
  @IsPlainText()
  city!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  bio?: string | null;
}
