// Availability in plain words: a few parts of the week instead of a calendar. Each becomes weekly
// slots in her time zone, which the matching engine compares with the supporter's.
import { COUNTRIES, type AvailabilitySlot, type CountryCode, type Weekday } from '@aliadas/shared';

export const WEEK_PARTS = [
  'WEEKDAY_MORNING',
  'WEEKDAY_AFTERNOON',
  'WEEKDAY_EVENING',
  'WEEKEND_MORNING',
  'WEEKEND_AFTERNOON',
  'WEEKEND_EVENING',
] as const;
export type WeekPart = (typeof WEEK_PARTS)[number];

const HOURS = { MORNING: [8 * 60, 12 * 60], AFTERNOON: [12 * 60, 17 * 60], EVENING: [17 * 60, 21 * 60] } as const;
const DAYS = { WEEKDAY: [1, 2, 3, 4, 5], WEEKEND: [6, 7] } as const satisfies Record<string, readonly Weekday[]>;

function split(part: WeekPart): { days: readonly Weekday[]; hours: readonly [number, number] } {
  const [days, hours] = part.split('_') as [keyof typeof DAYS, keyof typeof HOURS];
  return { days: DAYS[days], hours: HOURS[hours] };
}

export function slotsFor(parts: readonly WeekPart[]): AvailabilitySlot[] {
  return parts.flatMap((part) => {
    const { days, hours } = split(part);
    return days.map((day) => ({ day, startMinute: hours[0], endMinute: hours[1] }));
  });
}

/** The parts fully covered by saved slots, to show a saved profile again. */
export function partsFor(slots: readonly { day: number; startMinute: number; endMinute: number }[]): WeekPart[] {
  return WEEK_PARTS.filter((part) => {
    const { days, hours } = split(part);
    return days.every((day) =>
      slots.some((s) => s.day === day && s.startMinute <= hours[0] && s.endMinute >= hours[1]),
    );
  });
}

export function timeZoneOf(country: CountryCode): string {
  return COUNTRIES.find((c) => c.code === country)?.timeZone ?? 'UTC';
}
