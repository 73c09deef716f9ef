// Wall-clock times in a named time zone and the instants they stand for, with the platform's Intl data
// only (no time zone library): the organizer announces "18:00 in Guatemala", the server stores the
// instant, and each woman reads it in her own zone and in the workshop's.

/** True for a time zone name Intl knows, such as America/Guatemala. */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const DAY_MS = 86_400_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function parseLocal(local: string): WallClock | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  // Rejects 31 February and the like: the date must survive a round trip.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day, hour, minute };
}

/** The wall clock in `timeZone` at `instant`. */
function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

function asUtcMs(w: WallClock): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
}

/**
 * The instant of a wall-clock time (`YYYY-MM-DDTHH:mm`) in `timeZone`, or null when the text or the zone
 * is not valid. A time skipped by a daylight-saving jump is read with the offset from before the jump.
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date | null {
  const wall = parseLocal(local);
  if (!wall || !isValidTimeZone(timeZone)) return null;
  const target = asUtcMs(wall);
  // The zone's offsets a day before and a day after: equal, except around a change of offset.
  const offsetAt = (ms: number) => asUtcMs(wallClockAt(new Date(ms), timeZone)) - ms;
  const before = target - offsetAt(target - DAY_MS);
  const after = target - offsetAt(target + DAY_MS);
  // A time that happens twice (clocks going back) is its first occurrence; a skipped one takes the
  // offset from before the jump.
  for (const candidate of [before, after]) {
    if (asUtcMs(wallClockAt(new Date(candidate), timeZone)) === target) return new Date(candidate);
  }
  return new Date(before);
}

/** `YYYY-MM-DDTHH:mm` of `instant` in `timeZone`: what an organizer typed, for a form to edit. */
export function instantToZonedTime(instant: Date, timeZone: string): string {
  const w = wallClockAt(instant, timeZone);
  const pad = (n: number, size = 2) => String(n).padStart(size, '0');
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
