// A workshop on a training topic and the women signed up for it. Seats are counted on the workshop
// row itself (confirmedCount, waitingCount), changed only while that row is locked, so two sign-ups at
// the same moment can never both take the last seat.
import type {
  CountryCode,
  LanguageCode,
  Need,
  WorkshopAttendance,
  WorkshopModality,
  WorkshopRegistrationStatus,
  WorkshopStatus,
} from '@aliadas/shared';
import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../accounts/user.entity.js';

@Entity({ tableName: 'workshops' })
@Index({ properties: ['status', 'endsAt'] })
@Index({ properties: ['organizer', 'startsAt'] })
export class Workshop {
  [OptionalProps]?:
    | 'status'
    | 'meetingLink'
    | 'place'
    | 'city'
    | 'country'
    | 'confirmedCount'
    | 'waitingCount'
    | 'cancelledAt'
    | 'createdAt'
    | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  organizer!: Rel<User>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'string', length: 40 })
  topic!: Need;

  @Property({ type: 'string', length: 10 })
  language!: LanguageCode;

  /** The instant it starts (UTC). */
  @Property({ type: 'datetime' })
  startsAt!: Date;

  /** startsAt plus the duration: "upcoming" means it has not ended yet. */
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  /** The IANA time zone the time was announced in, e.g. America/Guatemala. */
  @Property({ type: 'string', length: 64 })
  timeZone!: string;

  @Property({ type: 'string', length: 20 })
  modality!: WorkshopModality;

  /** Online only; shown to those with a seat and to who manages the workshop. */
  @Property({ type: 'string', length: 300, nullable: true })
  meetingLink?: string | null;

  /** In person only: the address, shown like the meeting link. */
  @Property({ type: 'string', length: 200, nullable: true })
  place?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  city?: string | null;

  @Property({ type: 'string', length: 2, nullable: true })
  country?: CountryCode | null;

  @Property({ type: 'integer' })
  seats!: number;

  @Property({ type: 'integer' })
  confirmedCount: number = 0;

  @Property({ type: 'integer' })
  waitingCount: number = 0;

  @Property({ type: 'string', length: 20 })
  status: WorkshopStatus = 'PUBLISHED';

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One woman's place in a workshop. Signing up again after cancelling reuses her row. */
@Entity({ tableName: 'workshop_registrations' })
@Unique({ properties: ['workshop', 'participant'] })
@Index({ properties: ['workshop', 'status', 'queuedAt'] })
@Index({ properties: ['participant', 'status'] })
@Index({ properties: ['status', 'reminderSentAt'] })
export class WorkshopRegistration {
  [OptionalProps]?: 'confirmedAt' | 'cancelledAt' | 'attendance' | 'attendanceRecordedAt' | 'reminderSentAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Workshop, { deleteRule: 'cascade' })
  workshop!: Rel<Workshop>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  participant!: Rel<User>;

  @Property({ type: 'string', length: 20 })
  status!: WorkshopRegistrationStatus;

  /** When she (last) signed up: the waiting list moves up in this order. */
  @Property({ type: 'datetime' })
  queuedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'string', length: 10 })
  attendance: WorkshopAttendance = 'UNKNOWN';

  @Property({ type: 'datetime', nullable: true })
  attendanceRecordedAt?: Date | null;

  /** Set when the reminder went out, so that it goes out once. */
  @Property({ type: 'datetime', nullable: true })
  reminderSentAt?: Date | null;
}
