// The codes and limits of workshops: sessions on a training topic that mentors and coordinators publish
// and women sign up for, with a waiting list when the seats are taken.

/** Online with a meeting link, or in a place of a city. */
export const WORKSHOP_MODALITIES = ['ONLINE', 'IN_PERSON'] as const;
export type WorkshopModality = (typeof WORKSHOP_MODALITIES)[number];

export const WORKSHOP_STATUSES = ['PUBLISHED', 'CANCELLED'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

/** A seat held, a place on the waiting list (in order of signing up), or given back. */
export const WORKSHOP_REGISTRATION_STATUSES = ['CONFIRMED', 'WAITING', 'CANCELLED'] as const;
export type WorkshopRegistrationStatus = (typeof WORKSHOP_REGISTRATION_STATUSES)[number];

/** Recorded by the organizer once the session has started; UNKNOWN until then. */
export const WORKSHOP_ATTENDANCE = ['UNKNOWN', 'ATTENDED', 'ABSENT'] as const;
export type WorkshopAttendance = (typeof WORKSHOP_ATTENDANCE)[number];

export const WORKSHOP_LIMITS = {
  title: { min: 3, max: 120 },
  description: { min: 10, max: 2000 },
  seats: { min: 1, max: 500 },
  durationMinutes: { min: 15, max: 480 },
  meetingLink: 300,
  place: 200,
  city: 100,
  /** How many may wait for a seat; past that, signing up is refused. */
  waitingList: 200,
  /** How far ahead a workshop may be announced. */
  daysAhead: 366,
} as const;
