// Workshops: publishing, signing up with a waiting list, attendance and reminders. Every change to who
// holds a seat happens with the workshop row locked (seats.ts), and the first woman waiting moves up in
// the same transaction that frees a seat.
import {
  instantToZonedTime,
  WORKSHOP_LIMITS,
  zonedTimeToInstant,
  isValidTimeZone,
  type CountryCode,
  type LanguageCode,
  type Need,
  type WorkshopAttendance,
  type WorkshopModality,
} from '@aliadas/shared';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { takeWriteLock } from '../../db/write-lock.js';
import type { DomainEventPublisher } from '../../domain-events.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationService } from '../notifications/notification.service.js';
import { Workshop, WorkshopRegistration } from './workshop.entity.js';
import { canManage, canPublish, mayReachVenue } from './workshops.policy.js';
import { lockWorkshop, moveUpWaitingList, waitingPositions, workshopLink, workshopParams } from './seats.js';
import type { MyWorkshopPlace, WorkshopPage, WorkshopRegistrant, WorkshopView } from './workshops.types.js';

export interface WorkshopsDependencies {
  events: DomainEventPublisher;
  clock: () => Date;
}

export interface WorkshopFields {
  title: string;
  description: string;
  topic: Need;
  language: LanguageCode;
  localStart: string;
  timeZone: string;
  durationMinutes: number;
  modality: WorkshopModality;
  meetingLink?: string | null;
  place?: string | null;
  city?: string | null;
  country?: CountryCode | null;
  seats: number;
}

export interface WorkshopFilters {
  language?: LanguageCode | null;
  topic?: Need | null;
  modality?: WorkshopModality | null;
  country?: CountryCode | null;
  limit: number;
  offset: number;
}

const L = WORKSHOP_LIMITS;
const DAY_MS = 86_400_000;
/** Her workshops that ended this long ago still show on her list. */
const RECENT_MS = 30 * DAY_MS;
const MINE_MAX = 50;
const ORGANIZED_MAX = 100;

export class WorkshopsService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: WorkshopsDependencies,
    private readonly requestId: string | null = null,
  ) {}

  async search(actor: User, filters: WorkshopFilters): Promise<WorkshopPage> {
    const where: FilterQuery<Workshop> = { status: 'PUBLISHED', endsAt: { $gt: this.deps.clock() } };
    if (filters.language) where.language = filters.language;
    if (filters.topic) where.topic = filters.topic;
    if (filters.modality) where.modality = filters.modality;
    if (filters.country) where.country = filters.country;
    const [workshops, total] = await this.em.findAndCount(Workshop, where, {
      populate: ['organizer'],
      orderBy: { startsAt: 'asc', id: 'asc' },
      limit: filters.limit,
      offset: filters.offset,
    });
    return { items: await this.present(actor, workshops), total };
  }

  async get(actor: User, id: string): Promise<WorkshopView> {
    const workshop = await this.em.findOne(Workshop, { id }, { populate: ['organizer'], refresh: true });
    if (!workshop) throw new NotFoundError('Workshop');
    const [view] = await this.present(actor, [workshop]);
    return view!;
  }

  /** Her workshops, upcoming and recent, with her place in each (waiting-list position included). */
  async mine(actor: User): Promise<WorkshopView[]> {
    const since = new Date(this.deps.clock().getTime() - RECENT_MS);
    const places = await this.em.find(
      WorkshopRegistration,
      { participant: actor.id, status: { $ne: 'CANCELLED' }, workshop: { endsAt: { $gt: since } } },
      { populate: ['workshop.organizer'], orderBy: { workshop: { startsAt: 'asc' }, id: 'asc' }, limit: MINE_MAX },
    );
    return this.present(
      actor,
      places.map((p) => p.workshop),
    );
  }

  /** The workshops she gives, newest first. */
  async organized(actor: User): Promise<WorkshopView[]> {
    const workshops = await this.em.find(
      Workshop,
      { organizer: actor.id },
      { populate: ['organizer'], orderBy: { startsAt: 'desc', id: 'asc' }, limit: ORGANIZED_MAX },
    );
    return this.present(actor, workshops);
  }

  async publish(actor: User, input: WorkshopFields): Promise<WorkshopView> {
    if (!canPublish(actor)) throw new ForbiddenError();
    const fields = this.checked(input);
    const id = await this.em.transactional(async (em) => {
      const now = this.deps.clock();
      const workshop = em.create(Workshop, {
        ...fields,
        organizer: em.getReference(User, actor.id),
        createdAt: now,
        updatedAt: now,
      });
      this.audit(em, actor, 'workshop.publish', workshop.id, { seats: fields.seats, startsAt: fields.startsAt });
      return workshop.id;
    });
    return this.get(actor, id);
  }

  /**
   * Changes a workshop before it starts. More seats move the waiting list up at once; fewer than those
   * already confirmed are refused. A new time means a new reminder.
   */
  async update(actor: User, id: string, input: WorkshopFields): Promise<WorkshopView> {
    const fields = this.checked(input);
    await this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const workshop = await lockWorkshop(em, id);
      this.assertManageable(actor, workshop);
      if (fields.seats < workshop.confirmedCount) {
        throw new BadUserInputError('workshop.seatsBelowConfirmed', 'More women already hold a seat.', {
          confirmed: workshop.confirmedCount,
        });
      }
      const moved = workshop.startsAt.getTime() !== fields.startsAt.getTime();
      em.assign(workshop, fields);
      if (moved) {
        await em.nativeUpdate(WorkshopRegistration, { workshop: workshop.id }, { reminderSentAt: null });
      }
      const promoted = await moveUpWaitingList(em, workshop, this.deps.clock());
      await this.notifier(em).notify(
        promoted,
        'WORKSHOP_SEAT_CONFIRMED',
        workshopParams(workshop),
        workshopLink(workshop),
      );
      this.audit(em, actor, 'workshop.update', workshop.id, { seats: fields.seats, promoted: promoted.length });
    });
    return this.get(actor, id);
  }

  /** Cancels a workshop before it ends; everyone signed up or waiting is told. */
  async cancel(actor: User, id: string): Promise<WorkshopView> {
    await this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const workshop = await lockWorkshop(em, id);
      if (!canManage(actor, workshop)) throw new ForbiddenError();
      if (workshop.status === 'CANCELLED') return;
      if (workshop.endsAt <= this.deps.clock()) {
        throw new ConflictError('workshop.alreadyHeld', 'This workshop has already taken place.');
      }
      const registered = await this.cancelLocked(em, workshop);
      this.audit(em, actor, 'workshop.cancel', workshop.id, { registered });
    });
    return this.get(actor, id);
  }

  /**
   * For the deletion of her account, inside its transaction: her seats and places in line in workshops
   * yet to start are given back (the next women move up and are told), and the workshops she was yet
   * to give are cancelled (those signed up are told). Sessions already held keep their attendance.
   */
  async withdrawPerson(em: EntityManager, userId: string): Promise<void> {
    const now = this.deps.clock();
    const places = await em.find(
      WorkshopRegistration,
      { participant: userId, status: { $in: ['CONFIRMED', 'WAITING'] }, workshop: { startsAt: { $gt: now } } },
      { fields: ['id', 'workshop'] },
    );
    for (const { id, workshop } of places) {
      const locked = await lockWorkshop(em, workshop.id);
      await this.release(em, locked, await em.findOneOrFail(WorkshopRegistration, { id }, { refresh: true }));
    }
    const given = await em.find(
      Workshop,
      { organizer: userId, status: 'PUBLISHED', startsAt: { $gt: now } },
      { fields: ['id'] },
    );
    for (const { id } of given) await this.cancelLocked(em, await lockWorkshop(em, id));
    await em.flush();
  }

  /** Cancels a locked workshop and tells everyone signed up or waiting; returns how many. */
  private async cancelLocked(em: EntityManager, workshop: Workshop): Promise<number> {
    workshop.status = 'CANCELLED';
    workshop.cancelledAt = this.deps.clock();
    const registered = await em.find(
      WorkshopRegistration,
      { workshop: workshop.id, status: { $in: ['CONFIRMED', 'WAITING'] } },
      { fields: ['participant'] },
    );
    await this.notifier(em).notify(
      registered.map((r) => r.participant.id),
      'WORKSHOP_CANCELLED',
      workshopParams(workshop),
      workshopLink(workshop),
    );
    return registered.length;
  }

  /** A seat if one is free, otherwise the end of the waiting list. Signing up twice changes nothing. */
  async signUp(actor: User, id: string): Promise<WorkshopView> {
    await this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const workshop = await lockWorkshop(em, id);
      this.assertOpen(workshop);
      if (workshop.organizer.id === actor.id) {
        throw new ConflictError('workshop.ownWorkshop', 'You give this workshop.');
      }
      const now = this.deps.clock();
      const existing = await em.findOne(WorkshopRegistration, { workshop: workshop.id, participant: actor.id });
      if (existing && existing.status !== 'CANCELLED') return;
      const seatFree = workshop.confirmedCount < workshop.seats;
      if (!seatFree && workshop.waitingCount >= L.waitingList) {
        throw new ConflictError('workshop.waitingListFull', 'The waiting list is full.', { max: L.waitingList });
      }
      const status = seatFree ? 'CONFIRMED' : 'WAITING';
      const place = {
        status,
        queuedAt: now,
        confirmedAt: seatFree ? now : null,
        cancelledAt: null,
        attendance: 'UNKNOWN',
        attendanceRecordedAt: null,
        reminderSentAt: null,
      } as const;
      if (existing) em.assign(existing, place);
      else {
        em.create(WorkshopRegistration, {
          ...place,
          workshop,
          participant: em.getReference(User, actor.id),
        });
      }
      if (seatFree) workshop.confirmedCount += 1;
      else workshop.waitingCount += 1;
    });
    return this.get(actor, id);
  }

  /** Gives her seat (or her place in line) back before the session; the first woman waiting moves up. */
  async cancelRegistration(actor: User, id: string): Promise<WorkshopView> {
    await this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const workshop = await lockWorkshop(em, id);
      const place = await em.findOne(WorkshopRegistration, { workshop: workshop.id, participant: actor.id });
      if (!place || place.status === 'CANCELLED') return;
      if (workshop.startsAt <= this.deps.clock()) {
        throw new ConflictError('workshop.alreadyStarted', 'This workshop has already started.');
      }
      await this.release(em, workshop, place);
    });
    return this.get(actor, id);
  }

  /** Who signed up, as the organizer sees them: display names only, seats first, then the line in order. */
  async registrants(actor: User, id: string): Promise<WorkshopRegistrant[]> {
    const workshop = await this.em.findOne(Workshop, { id }, { refresh: true });
    if (!workshop) throw new NotFoundError('Workshop');
    if (!canManage(actor, workshop)) throw new ForbiddenError();
    return this.listRegistrants(workshop.id);
  }

  /** Once the session has started, the organizer (or a coordinator) says who came. */
  async recordAttendance(
    actor: User,
    id: string,
    entries: { registrationId: string; attendance: WorkshopAttendance }[],
  ): Promise<WorkshopRegistrant[]> {
    const ids = new Set(entries.map((e) => e.registrationId));
    if (ids.size !== entries.length) {
      throw new BadUserInputError('workshop.attendanceTwice', 'Each person appears once in the attendance.');
    }
    await this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const workshop = await lockWorkshop(em, id);
      if (!canManage(actor, workshop)) throw new ForbiddenError();
      if (workshop.status === 'CANCELLED')
        throw new ConflictError('workshop.cancelled', 'This workshop was cancelled.');
      const now = this.deps.clock();
      if (workshop.startsAt > now) {
        throw new ConflictError('workshop.notStartedYet', 'Attendance is taken once the session has started.');
      }
      const places = await em.find(WorkshopRegistration, { id: { $in: [...ids] }, workshop: workshop.id });
      const confirmed = new Map(places.filter((p) => p.status === 'CONFIRMED').map((p) => [p.id, p]));
      for (const entry of entries) {
        const place = confirmed.get(entry.registrationId);
        if (!place) {
          throw new BadUserInputError('workshop.notARegistrant', 'Only women with a seat have their attendance taken.');
        }
        place.attendance = entry.attendance;
        place.attendanceRecordedAt = now;
      }
      this.audit(em, actor, 'workshop.attendance', workshop.id, {
        attended: entries.filter((e) => e.attendance === 'ATTENDED').length,
        absent: entries.filter((e) => e.attendance === 'ABSENT').length,
      });
    });
    return this.listRegistrants(id);
  }

  /**
   * Reminds every woman with a seat in a workshop starting within `leadMs` of `now`, once: the flag is
   * set by a conditional update, so two sweepers at once (two instances) send it once. Returns how many.
   */
  async sendDueReminders(now: Date, leadMs: number): Promise<number> {
    const due = await this.em.find(
      WorkshopRegistration,
      {
        status: 'CONFIRMED',
        reminderSentAt: null,
        workshop: { status: 'PUBLISHED', startsAt: { $gt: now, $lte: new Date(now.getTime() + leadMs) } },
      },
      { populate: ['workshop'], orderBy: { workshop: { startsAt: 'asc' }, id: 'asc' }, limit: 500 },
    );
    let sent = 0;
    for (const place of due) {
      sent += await this.em.transactional(async (em) => {
        await takeWriteLock(em);
        const claimed = await em.nativeUpdate(
          WorkshopRegistration,
          { id: place.id, status: 'CONFIRMED', reminderSentAt: null },
          { reminderSentAt: now },
        );
        if (claimed !== 1) return 0;
        await this.notifier(em).notify(
          [place.participant.id],
          'WORKSHOP_REMINDER',
          workshopParams(place.workshop),
          workshopLink(place.workshop),
        );
        return 1;
      });
    }
    return sent;
  }

  /** Her seat or place in line given back, inside the caller's transaction with the workshop locked. */
  private async release(em: EntityManager, workshop: Workshop, place: WorkshopRegistration): Promise<void> {
    const now = this.deps.clock();
    const held = place.status === 'CONFIRMED';
    place.status = 'CANCELLED';
    place.cancelledAt = now;
    if (!held) {
      workshop.waitingCount -= 1;
      return;
    }
    workshop.confirmedCount -= 1;
    const promoted = await moveUpWaitingList(em, workshop, now);
    await this.notifier(em).notify(
      promoted,
      'WORKSHOP_SEAT_CONFIRMED',
      workshopParams(workshop),
      workshopLink(workshop),
    );
  }

  private async listRegistrants(workshopId: string): Promise<WorkshopRegistrant[]> {
    const places = await this.em.find(
      WorkshopRegistration,
      { workshop: workshopId, status: { $in: ['CONFIRMED', 'WAITING'] } },
      { populate: ['participant'], orderBy: { queuedAt: 'asc', id: 'asc' }, refresh: true },
    );
    const confirmed = places.filter((p) => p.status === 'CONFIRMED');
    const waiting = places.filter((p) => p.status === 'WAITING');
    return [...confirmed.map((p) => registrant(p, null)), ...waiting.map((p, index) => registrant(p, index + 1))];
  }

  /** Views of these workshops for her, with her places, in two more queries whatever their number. */
  private async present(actor: User, workshops: Workshop[]): Promise<WorkshopView[]> {
    if (workshops.length === 0) return [];
    const ids = workshops.map((w) => w.id);
    const places = await this.em.find(
      WorkshopRegistration,
      { participant: actor.id, workshop: { $in: ids } },
      { refresh: true },
    );
    const byWorkshop = new Map(places.map((p) => [p.workshop.id, p]));
    const waitingIn = places.filter((p) => p.status === 'WAITING').map((p) => p.workshop.id);
    const positions = await waitingPositions(this.em, waitingIn);
    const now = this.deps.clock();
    return workshops.map((w) => {
      const place = byWorkshop.get(w.id) ?? null;
      const myPlace: MyWorkshopPlace | null = place
        ? {
            id: place.id,
            status: place.status,
            waitingPosition: place.status === 'WAITING' ? (positions.get(place.id) ?? null) : null,
            attendance: place.attendance,
          }
        : null;
      const venue = mayReachVenue(actor, w, place?.status === 'CONFIRMED');
      return {
        id: w.id,
        title: w.title,
        description: w.description,
        topic: w.topic,
        language: w.language,
        startsAt: w.startsAt,
        endsAt: w.endsAt,
        durationMinutes: w.durationMinutes,
        timeZone: w.timeZone,
        localStart: instantToZonedTime(w.startsAt, w.timeZone),
        modality: w.modality,
        meetingLink: venue ? (w.meetingLink ?? null) : null,
        place: venue ? (w.place ?? null) : null,
        city: w.city ?? null,
        country: w.country ?? null,
        seats: w.seats,
        confirmedCount: w.confirmedCount,
        waitingCount: w.waitingCount,
        seatsLeft: Math.max(0, w.seats - w.confirmedCount),
        status: w.status,
        organizerName: w.organizer.displayName,
        canManage: canManage(actor, w),
        started: w.startsAt <= now,
        myPlace,
      };
    });
  }

  private assertOpen(workshop: Workshop): void {
    if (workshop.status === 'CANCELLED') throw new ConflictError('workshop.cancelled', 'This workshop was cancelled.');
    if (workshop.startsAt <= this.deps.clock()) {
      throw new ConflictError('workshop.alreadyStarted', 'This workshop has already started.');
    }
  }

  private assertManageable(actor: User, workshop: Workshop): void {
    if (!canManage(actor, workshop)) throw new ForbiddenError();
    this.assertOpen(workshop);
  }

  /** The rules of a workshop's fields, in characters, each with its translatable key. */
  private checked(input: WorkshopFields) {
    const title = input.title.trim();
    if ([...title].length < L.title.min || [...title].length > L.title.max) {
      throw new BadUserInputError('workshop.titleLength', 'Give a title of {{min}} to {{max}} characters.', {
        ...L.title,
      });
    }
    const description = input.description.trim();
    if ([...description].length < L.description.min || [...description].length > L.description.max) {
      throw new BadUserInputError(
        'workshop.descriptionLength',
        'Give a description of {{min}} to {{max}} characters.',
        { ...L.description },
      );
    }
    if (!Number.isInteger(input.seats) || input.seats < L.seats.min || input.seats > L.seats.max) {
      throw new BadUserInputError('workshop.seatsRange', 'Seats go from {{min}} to {{max}}.', { ...L.seats });
    }
    const { min, max } = L.durationMinutes;
    if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < min || input.durationMinutes > max) {
      throw new BadUserInputError('workshop.durationRange', 'A session lasts {{min}} to {{max}} minutes.', {
        min,
        max,
      });
    }
    if (!isValidTimeZone(input.timeZone)) {
      throw new BadUserInputError('workshop.timeZoneInvalid', 'Choose the time zone of the workshop.');
    }
    const startsAt = zonedTimeToInstant(input.localStart, input.timeZone);
    if (!startsAt) throw new BadUserInputError('workshop.startInvalid', 'Give the date and time it starts.');
    const now = this.deps.clock();
    if (startsAt <= now) throw new BadUserInputError('workshop.startInPast', 'Choose a time that has not passed.');
    if (startsAt.getTime() > now.getTime() + L.daysAhead * DAY_MS) {
      throw new BadUserInputError('workshop.startTooFar', 'Announce it at most {{days}} days ahead.', {
        days: L.daysAhead,
      });
    }
    const online = input.modality === 'ONLINE';
    const meetingLink = online ? input.meetingLink?.trim() || null : null;
    if (online && !meetingLink) {
      throw new BadUserInputError('workshop.meetingLinkRequired', 'Give the link of the online meeting.');
    }
    const city = online ? null : input.city?.trim() || null;
    const country = online ? null : (input.country ?? null);
    if (!online && (!city || !country)) {
      throw new BadUserInputError('workshop.placeRequired', 'Give the city and country where it takes place.');
    }
    return {
      title,
      description,
      topic: input.topic,
      language: input.language,
      startsAt,
      endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
      modality: input.modality,
      meetingLink,
      place: online ? null : input.place?.trim() || null,
      city,
      country,
      seats: input.seats,
    };
  }

  private notifier(em: EntityManager): NotificationService {
    return new NotificationService(em, this.deps.events, this.deps.clock);
  }

  private audit(em: EntityManager, actor: User, action: string, id: string, details: Record<string, unknown>): void {
    new AuditService(em, this.requestId).record({
      actor: em.getReference(User, actor.id),
      action,
      subjectType: 'Workshop',
      subjectId: id,
      details,
    });
  }
}

function registrant(place: WorkshopRegistration, waitingPosition: number | null): WorkshopRegistrant {
  return {
    id: place.id,
    displayName: place.participant.displayName,
    status: place.status,
    waitingPosition,
    attendance: place.attendance,
  };
}
