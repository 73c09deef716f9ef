import type { CountryCode, Modality, Need, SupportKind, Urgency } from '@aliadas/shared';
import { MODALITIES, NEED_CODES, NETWORK_COUNTRY_CODES, SUPPORT_KINDS, URGENCIES } from '@aliadas/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsIn,
  IsOptional,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CountryEnum, ModalityEnum, NeedEnum, SupportKindEnum, UrgencyEnum } from '../../graphql/enums.js';
import { IsPlainText } from '../../graphql/validators.js';
import { LanguageSkillInput } from '../profiles/profile.inputs.js';

export const DESCRIPTION_MAX = 2000;
export const NOTE_MAX = 1000;

@InputType()
export class SupportRequestInput {
  @Field(() => [NeedEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(NEED_CODES.length)
  @ArrayUnique()
  @IsIn(NEED_CODES as string[], { each: true })
  needs!: Need[];

  @Field(() => UrgencyEnum, { defaultValue: 'NORMAL' })
  @IsIn(URGENCIES)
  urgency!: Urgency;

  @Field(() => [LanguageSkillInput], {
    nullable: true,
    description: 'Languages she wants to be helped in; the languages of her profile when left out.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  languages?: LanguageSkillInput[] | null;

  @Field(() => ModalityEnum)
  @IsIn(MODALITIES)
  modality!: Modality;

  @Field(() => String, { nullable: true, description: 'In her own words, at most 2,000 characters.' })
  @IsOptional()
  @MaxLength(DESCRIPTION_MAX)
  @IsPlainText()
  description?: string | null;
}

@InputType({ description: 'Which demands a round or a list looks at; every filter left out means all.' })
export class DemandFilterInput {
  @Field(() => [CountryEnum], { nullable: true, description: 'Countries of residence.' })
  @IsOptional()
  @ArrayMaxSize(NETWORK_COUNTRY_CODES.length)
  @ArrayUnique()
  @IsIn(NETWORK_COUNTRY_CODES as string[], { each: true })
  countries?: CountryCode[] | null;

  @Field(() => [SupportKindEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(SUPPORT_KINDS.length)
  @ArrayUnique()
  @IsIn(SUPPORT_KINDS, { each: true })
  kinds?: SupportKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this organization’s supporters, for women living in the countries it serves.',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;
}

@InputType()
export class RunMatchingRoundInput extends DemandFilterInput {
  @Field(() => Boolean, { defaultValue: true, description: 'Compute and store the result without proposing anyone.' })
  dryRun!: boolean;
}
