// Seats under a lock. On PostgreSQL the workshop row is read `FOR UPDATE`: a second sign-up for the same
// workshop waits there until the first has committed, then sees the seat taken. SQLite has one writer
// at a time (takeWriteLock first), so transactions are already serialised there.
import type { NotificationParams } from '@aliadas/shared';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../errors.js';
import { Workshop, WorkshopRegistration } from './workshop.entity.js';

export async function lockWorkshop(em: EntityManager, id: string): Promise<Workshop> {
  const lockMode = em.getPlatform() instanceof PostgreSqlPlatform ? LockMode.PESSIMISTIC_WRITE : undefined;
  const workshop = await em.findOne(Workshop, { id }, { lockMode, refresh: true });
  if (!workshop) throw new NotFoundError('Workshop');
  return workshop;
}

/**
 * Fills free seats from the waiting list, first come first served, with the workshop locked. Returns
 * the people who moved up, to be told. Nobody moves up into a cancelled or started workshop.
 */
export async function moveUpWaitingList(em: EntityManager, workshop: Workshop, now: Date): Promise<string[]> {
  const free = workshop.seats - workshop.confirmedCount;
  if (free <= 0 || workshop.waitingCount <= 0) return [];
  if (workshop.status !== 'PUBLISHED' || workshop.startsAt <= now) return [];
  const next = await em.find(
    WorkshopRegistration,
    { workshop: workshop.id, status: 'WAITING' },
    { orderBy: { queuedAt: 'asc', id: 'asc' }, limit: free },
  );
  for (const place of next) {
    place.status = 'CONFIRMED';
    place.confirmedAt = now;
  }
  workshop.confirmedCount += next.length;
  workshop.waitingCount -= next.length;
  return next.map((p) => p.participant.id);
}

/** Each waiting registration's place in line (from 1) in these workshops. */
export async function waitingPositions(em: EntityManager, workshopIds: string[]): Promise<Map<string, number>> {
  const positions = new Map<string, number>();
  if (workshopIds.length === 0) return positions;
  const waiting = await em.find(
    WorkshopRegistration,
    { workshop: { $in: workshopIds }, status: 'WAITING' },
    { fields: ['id', 'workshop'], orderBy: { queuedAt: 'asc', id: 'asc' } },
  );
  const counts = new Map<string, number>();
  for (const place of waiting) {
    const position = (counts.get(place.workshop.id) ?? 0) + 1;
    counts.set(place.workshop.id, position);
    positions.set(place.id, position);
  }
  return positions;
}

/** What a notification about a workshop shows: its public title, topic and time (no venue, no link). */
export function workshopParams(workshop: Workshop): NotificationParams {
  return {
    title: workshop.title,
    topic: workshop.topic,
    startsAt: workshop.startsAt.toISOString(),
    timeZone: workshop.timeZone,
  };
}

export function workshopLink(workshop: Workshop): string {
  return `/workshops/${workshop.id}`;
}
