// Showing a workshop's time: in her own time zone (the phone's) and in the zone it was announced in.
import { COUNTRIES } from '@aliadas/shared';

export function herTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function formatInZone(instant: string, timeZone: string, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short', timeZone };
  try {
    return new Intl.DateTimeFormat(locale, options).format(new Date(instant));
  } catch {
    // A language without calendar data in this browser (Haitian Creole in some) reads French dates.
    return new Intl.DateTimeFormat('fr', options).format(new Date(instant));
  }
}

/** The zones of the network's countries, then hers if it is another one. */
export function timeZoneChoices(): string[] {
  const zones = [...new Set<string>(COUNTRIES.map((c) => c.timeZone))];
  const hers = herTimeZone();
  return zones.includes(hers) ? zones : [hers, ...zones];
}

/** The zone's name as people say it: "Guatemala" for America/Guatemala. */
export function zoneName(timeZone: string): string {
  const city = timeZone.split('/').pop() ?? timeZone;
  return city.replace(/_/g, ' ');
}
