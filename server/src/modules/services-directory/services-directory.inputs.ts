import type { CountryCode, LanguageCode, ServiceCategory } from '@aliadas/shared';
import { COUNTRY_CODES, LANGUAGE_CODES, SERVICE_CATEGORIES } from '@aliadas/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsOptional,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CountryEnum } from '../../graphql/enums.js';
import { IsPlainText } from '../../graphql/validators.js';
import { ServiceCategoryEnum } from './service-entry.entity.js';

/** Digits, spaces, dashes, dots and brackets, an optional leading +: "911", "+506 2222-0000", "(809) 200 0000". */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{1,28}$/;

@InputType()
export class ServiceEntryInput {
  @Field(() => CountryEnum)
  @IsIn(COUNTRY_CODES as string[])
  country!: CountryCode;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(LANGUAGE_CODES.length)
  @ArrayUnique()
  @IsIn(LANGUAGE_CODES as string[], { each: true })
  languages!: LanguageCode[];

  @Field(() => ServiceCategoryEnum)
  @IsIn(SERVICE_CATEGORIES)
  category!: ServiceCategory;

  @Field(() => String)
  @Length(2, 120)
  @IsPlainText()
  name!: string;

  @Field(() => String)
  @Length(1, 600)
  @IsPlainText()
  description!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number such as +506 2222 0000 or 911' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: true },
    { message: 'website must be a web address starting with https://' },
  )
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  @IsPlainText()
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  @IsPlainText()
  hours?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  emergency: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  isExample: boolean = false;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organizationId?: string | null;
}

/** What she searches: words, and any of country, language and category; one page at a time. */
@ArgsType()
export class ServiceSearchArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => CountryEnum, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES as string[])
  country?: CountryCode | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGE_CODES as string[])
  language?: LanguageCode | null;

  @Field(() => ServiceCategoryEnum, { nullable: true })
  @IsOptional()
  @IsIn(SERVICE_CATEGORIES)
  category?: ServiceCategory | null;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(50)
  limit = 20;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(10_000)
  offset = 0;
}
