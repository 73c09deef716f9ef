// What GraphQL shows of workshops. Built by the service from the entities (workshops.present.ts), so
// that the meeting link and the address reach only those with a seat and those who manage it.
import {
  WORKSHOP_ATTENDANCE,
  WORKSHOP_MODALITIES,
  WORKSHOP_REGISTRATION_STATUSES,
  WORKSHOP_STATUSES,
  type CountryCode,
  type Need,
  type WorkshopAttendance,
  type WorkshopModality,
  type WorkshopRegistrationStatus,
  type WorkshopStatus,
} from '@aliadas/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CountryEnum, NeedEnum } from '../../graphql/enums.js';

function enumOf<T extends string>(codes: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(codes.map((c) => [c, c])) as { [K in T]: K };
}

export const WorkshopModalityEnum = enumOf(WORKSHOP_MODALITIES);
export const WorkshopStatusEnum = enumOf(WORKSHOP_STATUSES);
export const WorkshopRegistrationStatusEnum = enumOf(WORKSHOP_REGISTRATION_STATUSES);
export const WorkshopAttendanceEnum = enumOf(WORKSHOP_ATTENDANCE);
registerEnumType(WorkshopModalityEnum, { name: 'WorkshopModality' });
registerEnumType(WorkshopStatusEnum, { name: 'WorkshopStatus' });
registerEnumType(WorkshopRegistrationStatusEnum, { name: 'WorkshopRegistrationStatus' });
registerEnumType(WorkshopAttendanceEnum, { name: 'WorkshopAttendance' });

@ObjectType({ description: 'Her place in a workshop.' })
export class MyWorkshopPlace {
  @Field(() => ID)
  id!: string;

  @Field(() => WorkshopRegistrationStatusEnum)
  status!: WorkshopRegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Her place on the waiting list, from 1; null unless waiting.' })
  waitingPosition!: number | null;

  @Field(() => WorkshopAttendanceEnum)
  attendance!: WorkshopAttendance;
}

@ObjectType({ description: 'A session on a training topic, as the person asking may see it.' })
export class WorkshopView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => NeedEnum)
  topic!: Need;

  @Field(() => String, { description: 'The language it is held in (code of the shared vocabulary).' })
  language!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => String, { description: 'The IANA time zone the time was announced in.' })
  timeZone!: string;

  @Field(() => String, { description: 'The start as the organizer typed it, YYYY-MM-DDTHH:mm in timeZone.' })
  localStart!: string;

  @Field(() => WorkshopModalityEnum)
  modality!: WorkshopModality;

  @Field(() => String, { nullable: true, description: 'Only for those with a seat and those who manage it.' })
  meetingLink!: string | null;

  @Field(() => String, { nullable: true, description: 'Only for those with a seat and those who manage it.' })
  place!: string | null;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => CountryEnum, { nullable: true })
  country!: CountryCode | null;

  @Field(() => Int)
  seats!: number;

  @Field(() => Int)
  confirmedCount!: number;

  @Field(() => Int)
  waitingCount!: number;

  @Field(() => Int)
  seatsLeft!: number;

  @Field(() => WorkshopStatusEnum)
  status!: WorkshopStatus;

  @Field(() => String, { description: 'The display name of who gives it.' })
  organizerName!: string;

  @Field(() => Boolean, { description: 'True when she may edit, cancel and take attendance.' })
  canManage!: boolean;

  @Field(() => Boolean, { description: 'True once the session has started.' })
  started!: boolean;

  @Field(() => MyWorkshopPlace, { nullable: true })
  myPlace!: MyWorkshopPlace | null;
}

@ObjectType({ description: 'One page of upcoming workshops, and how many match in all.' })
export class WorkshopPage {
  @Field(() => [WorkshopView])
  items!: WorkshopView[];

  @Field(() => Int)
  total!: number;
}

@ObjectType({ description: 'Someone signed up for a workshop, as the organizer sees her: her display name only.' })
export class WorkshopRegistrant {
  @Field(() => ID, { description: 'The registration, not the person.' })
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => WorkshopRegistrationStatusEnum)
  status!: WorkshopRegistrationStatus;

  @Field(() => Int, { nullable: true })
  waitingPosition!: number | null;

  @Field(() => WorkshopAttendanceEnum)
  attendance!: WorkshopAttendance;
}
