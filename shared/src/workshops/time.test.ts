import { describe, expect, it } from 'vitest';
import { instantToZonedTime, isValidTimeZone, zonedTimeToInstant } from './time.js';

describe('workshop times', () => {
  it('knows real time zone names and refuses others', () => {
    expect(isValidTimeZone('America/Guatemala')).toBe(true);
    expect(isValidTimeZone('America/Port-au-Prince')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('turns a wall-clock time in a zone into its instant', () => {
    // Guatemala is UTC-6 all year.
    expect(zonedTimeToInstant('2026-12-03T18:00', 'America/Guatemala')?.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    // Santo Domingo is UTC-4.
    expect(zonedTimeToInstant('2026-12-03T18:00', 'America/Santo_Domingo')?.toISOString()).toBe(
      '2026-12-03T22:00:00.000Z',
    );
    // New York changes offset: UTC-5 in winter, UTC-4 in summer.
    expect(zonedTimeToInstant('2027-01-10T09:30', 'America/New_York')?.toISOString()).toBe('2027-01-10T14:30:00.000Z');
    expect(zonedTimeToInstant('2027-07-10T09:30', 'America/New_York')?.toISOString()).toBe('2027-07-10T13:30:00.000Z');
  });

  it('reads a time skipped by a daylight-saving jump with the offset from before it', () => {
    // 14 March 2027, 02:30 does not exist in New York (clocks go from 02:00 to 03:00).
    const instant = zonedTimeToInstant('2027-03-14T02:30', 'America/New_York')!;
    expect(instantToZonedTime(instant, 'America/New_York')).toBe('2027-03-14T03:30');
  });

  it('reads a time that happens twice as its first occurrence', () => {
    // 7 November 2027, 01:30 happens twice in New York; the first time is still on UTC-4.
    expect(zonedTimeToInstant('2027-11-07T01:30', 'America/New_York')?.toISOString()).toBe('2027-11-07T05:30:00.000Z');
  });

  it('refuses dates and times that do not exist and zones nobody knows', () => {
    expect(zonedTimeToInstant('2026-02-31T10:00', 'America/Guatemala')).toBeNull();
    expect(zonedTimeToInstant('2026-12-03T24:00', 'America/Guatemala')).toBeNull();
    expect(zonedTimeToInstant('2026-12-03 18:00', 'America/Guatemala')).toBeNull();
    expect(zonedTimeToInstant('2026-12-03T18:00', 'Nowhere/Town')).toBeNull();
  });

  it('gives back what the organizer typed', () => {
    for (const zone of ['America/Guatemala', 'America/Port-au-Prince', 'America/New_York', 'Europe/Madrid']) {
      const instant = zonedTimeToInstant('2027-05-20T07:45', zone)!;
      expect(instantToZonedTime(instant, zone)).toBe('2027-05-20T07:45');
    }
  });
});
