import {
  COUNTRY_CODES,
  LANGUAGE_CODES,
  NEED_CODES,
  WORKSHOP_ATTENDANCE,
  WORKSHOP_LIMITS,
  WORKSHOP_MODALITIES,
  type CountryCode,
  type LanguageCode,
  type Need,
  type WorkshopAttendance,
  type WorkshopModality,
} from '@aliadas/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CountryEnum, NeedEnum } from '../../graphql/enums.js';
import { IsPlainText, IsTimeZone } from '../../graphql/validators.js';
import { WorkshopAttendanceEnum, WorkshopModalityEnum } from './workshops.types.js';

const L = WORKSHOP_LIMITS;

// Lengths here are outer bounds in UTF-16 units; the service checks the real limits in characters and
// answers with translatable keys.
@InputType()
export class WorkshopInput {
  @Field(() => String)
  @IsPlainText()
  @MaxLength(L.title.max * 2)
  title!: string;

  @Field(() => String)
  @IsPlainText()
  @MaxLength(L.description.max * 2)
  description!: string;

  @Field(() => NeedEnum)
  @IsIn(NEED_CODES as string[])
  topic!: Need;

  @Field(() => String)
  @IsIn(LANGUAGE_CODES as string[])
  language!: LanguageCode;

  @Field(() => String, { description: 'YYYY-MM-DDTHH:mm, the wall-clock time in timeZone.' })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)
  localStart!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. America/Guatemala.' })
  @IsTimeZone()
  timeZone!: string;

  @Field(() => Int)
  @IsInt()
  @Min(L.durationMinutes.min)
  @Max(L.durationMinutes.max)
  durationMinutes!: number;

  @Field(() => WorkshopModalityEnum)
  @IsIn(WORKSHOP_MODALITIES)
  modality!: WorkshopModality;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(L.meetingLink)
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_tld: true },
    { message: 'meetingLink must be a web address starting with https://' },
  )
  meetingLink?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText()
  @MaxLength(L.place)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText()
  @MaxLength(L.city)
  city?: string | null;

  @Field(() => CountryEnum, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES as string[])
  country?: CountryCode | null;

  @Field(() => Int)
  @IsInt()
  @Min(L.seats.min)
  @Max(L.seats.max)
  seats!: number;
}

/** Upcoming workshops, any of language, topic, modality and country; one page at a time. */
@ArgsType()
export class WorkshopSearchArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LANGUAGE_CODES as string[])
  language?: LanguageCode | null;

  @Field(() => NeedEnum, { nullable: true })
  @IsOptional()
  @IsIn(NEED_CODES as string[])
  topic?: Need | null;

  @Field(() => WorkshopModalityEnum, { nullable: true })
  @IsOptional()
  @IsIn(WORKSHOP_MODALITIES)
  modality?: WorkshopModality | null;

  @Field(() => CountryEnum, { nullable: true })
  @IsOptional()
  @IsIn(COUNTRY_CODES as string[])
  country?: CountryCode | null;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(50)
  limit = 20;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(10_000)
  offset = 0;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID, { description: 'The registration.' })
  @IsUUID()
  registrationId!: string;

  @Field(() => WorkshopAttendanceEnum)
  @IsString()
  @IsIn(WORKSHOP_ATTENDANCE)
  attendance!: WorkshopAttendance;
}

@InputType()
export class AttendanceListInput {
  @Field(() => [AttendanceInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(L.seats.max)
  @ValidateNested({ each: true })
  entries!: AttendanceInput[];
}
