// Weekly availability compared across time zones: each person's slots become a bit mask of the UTC
// week in half-hour blocks, so an overlap is an AND and a population count.
import type { Availability } from '../../vocabulary/index.js';

export const BLOCK_MINUTES = 30;
export const MINUTES_PER_WEEK = 7 * 24 * 60;
export const BLOCKS_PER_WEEK = MINUTES_PER_WEEK / BLOCK_MINUTES; // 336
export const AVAILABILITY_WORDS = Math.ceil(BLOCKS_PER_WEEK / 32); // 11

// Standard-time offsets (minutes east of UTC) of the vocabulary's zones. The network's countries keep
// no daylight saving time; for the few origin zones that do, an hour's shift barely moves a weekly overlap.
const KNOWN_OFFSETS: Record<string, number> = {
  UTC: 0,
  'America/Guatemala': -360,
  'America/El_Salvador': -360,
  'America/Tegucigalpa': -360,
  'America/Managua': -360,
  'America/Costa_Rica': -360,
  'America/Panama': -300,
  'America/Belize': -360,
  'America/Santo_Domingo': -240,
  'America/Caracas': -240,
  'America/Port-au-Prince': -300,
  'America/Bogota': -300,
  'America/Havana': -300,
  'America/Mexico_City': -360,
  'America/Guayaquil': -300,
  'America/Lima': -300,
  'America/New_York': -300,
};

// A fixed instant (northern winter) keeps other zones deterministic too.
const REFERENCE_INSTANT = Date.UTC(2025, 0, 15, 12, 0, 0);
const offsetCache = new Map<string, number>(Object.entries(KNOWN_OFFSETS));

/** Minutes to add to UTC to get local time in `timeZone`; unknown zones count as UTC. */
export function utcOffsetMinutes(timeZone: string): number {
  const cached = offsetCache.get(timeZone);
  if (cached !== undefined) return cached;
  let offset = 0;
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(REFERENCE_INSTANT));
    const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
    offset = Math.round((local - REFERENCE_INSTANT) / 60_000);
  } catch {
    offset = 0;
  }
  offsetCache.set(timeZone, offset);
  return offset;
}

/**
 * The half-hour blocks of the UTC week fully inside one of the person's slots, written into `out` at
 * `offset` (AVAILABILITY_WORDS words). Invalid slots are ignored.
 */
export function writeAvailabilityMask(availability: Availability, out: Int32Array, offset = 0): void {
  const shift = utcOffsetMinutes(availability.timeZone);
  for (const slot of availability.slots) {
    const { day, startMinute, endMinute } = slot;
    if (!Number.isInteger(day) || day < 1 || day > 7) continue;
    if (!(startMinute >= 0 && endMinute <= 1440 && startMinute < endMinute)) continue;
    // local = UTC + shift, so UTC = local - shift; wrap around the week.
    const start = (day - 1) * 1440 + startMinute - shift;
    const end = (day - 1) * 1440 + endMinute - shift;
    const firstBlock = Math.ceil(start / BLOCK_MINUTES);
    const lastBlock = Math.floor(end / BLOCK_MINUTES); // exclusive
    for (let b = firstBlock; b < lastBlock; b++) {
      const block = ((b % BLOCKS_PER_WEEK) + BLOCKS_PER_WEEK) % BLOCKS_PER_WEEK;
      const word = offset + (block >>> 5);
      out[word] = (out[word] ?? 0) | (1 << (block & 31));
    }
  }
}

export function availabilityMask(availability: Availability): Int32Array {
  const mask = new Int32Array(AVAILABILITY_WORDS);
  writeAvailabilityMask(availability, mask);
  return mask;
}

export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Minutes a week both are free, comparing two masks stored at the given word offsets. */
export function overlapMinutes(a: Int32Array, aOffset: number, b: Int32Array, bOffset: number): number {
  let blocks = 0;
  for (let w = 0; w < AVAILABILITY_WORDS; w++) {
    blocks += popcount32((a[aOffset + w] ?? 0) & (b[bOffset + w] ?? 0));
  }
  return blocks * BLOCK_MINUTES;
}
