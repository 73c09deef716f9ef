import type { CountryCode, LanguageCode, Need, OrganizationJoinDeclineReason, SupportKind } from '@aliadas/shared';
import {
  COUNTRY_CODES,
  LANGUAGE_CODES,
  NEED_CODES,
  ORGANIZATION_JOIN_DECLINE_REASONS,
  ORGANIZATION_LIMITS,
  SUPPORT_KINDS,
} from '@aliadas/shared';
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
import { CountryEnum, NeedEnum, SupportKindEnum } from '../../graphql/enums.js';
import { IsEmailAddress, IsPlainText } from '../../graphql/validators.js';
import { PHONE_PATTERN } from '../services-directory/services-directory.inputs.js';
import { OrganizationJoinDeclineReasonEnum } from './organization-join-request.entity.js';

/** Its directory entry. The contact fields are the organization's public ones, never a person's. */
@InputType()
export class OrganizationInput {
  @Field(() => String)
  @Length(2, 120)
  @IsPlainText()
  name!: string;

  @Field(() => String)
  @Length(1, ORGANIZATION_LIMITS.descriptionMax)
  @IsPlainText()
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

  @Field(() => [NeedEnum], { defaultValue: [] })
  @ArrayMaxSize(NEED_CODES.length)
  @ArrayUnique()
  @IsIn(NEED_CODES as string[], { each: true })
  needs?: Need[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ORGANIZATION_LIMITS.websiteMax)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: true },
    { message: 'website must be a web address starting with https://' },
  )
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number such as +506 2222 0000' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ORGANIZATION_LIMITS.emailMax)
  @IsEmailAddress({ message: 'email must be an email address' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, ORGANIZATION_LIMITS.addressMax)
  @IsPlainText()
  address?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'A demo entry, shown as an example.' })
  isExample: boolean = false;
}

/** What she looks for in the directory: words, and any of country, language and what it offers. */
@ArgsType()
export class OrganizationSearchArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(ORGANIZATION_LIMITS.searchMax)
  search?: string | null;

  @Field(() => CountryEnum, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES as string[])
  country?: CountryCode | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGE_CODES as string[])
  language?: LanguageCode | null;

  @Field(() => SupportKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(SUPPORT_KINDS)
  supportKind?: SupportKind | null;

  @Field(() => NeedEnum, { nullable: true })
  @IsOptional()
  @IsIn(NEED_CODES as string[])
  need?: Need | null;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(ORGANIZATION_LIMITS.pageMax)
  limit = 20;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(10_000)
  offset = 0;
}

@InputType()
export class JoinOrganizationInput {
  @Field(() => ID)
  @Length(1, 40)
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'A few words to the coordinators; optional.' })
  @IsOptional()
  @Length(1, ORGANIZATION_LIMITS.joinMessageMax)
  @IsPlainText()
  message?: string | null;
}

@InputType()
export class DeclineJoinRequestInput {
  @Field(() => ID)
  @Length(1, 40)
  requestId!: string;

  @Field(() => OrganizationJoinDeclineReasonEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANIZATION_JOIN_DECLINE_REASONS)
  reason?: OrganizationJoinDeclineReason | null;
}
