import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { availabilityMask, BLOCKS_PER_WEEK, overlapMinutes, popcount32, utcOffsetMinutes } from './availability.js';

describe('availability across time zones', () => {
  test('offsets of the network zones, and Intl for others', () => {
    expect(utcOffsetMinutes('America/Costa_Rica')).toBe(-360);
    expect(utcOffsetMinutes('America/Santo_Domingo')).toBe(-240);
    expect(utcOffsetMinutes('America/Panama')).toBe(-300);
    expect(utcOffsetMinutes('Europe/Madrid')).toBe(60); // winter reference instant
    expect(utcOffsetMinutes('Not/A_Zone')).toBe(0);
  });

  test('the same local hour in two zones overlaps only where the UTC hours meet', () => {
    // 18:00–20:00 in Costa Rica is 20:00–22:00 in Santo Domingo.
    const costaRica = availabilityMask({
      timeZone: 'America/Costa_Rica',
      slots: [{ day: 2, startMinute: 1080, endMinute: 1200 }],
    });
    const dominicana = availabilityMask({
      timeZone: 'America/Santo_Domingo',
      slots: [{ day: 2, startMinute: 1140, endMinute: 1260 }],
    });
    expect(overlapMinutes(costaRica, 0, dominicana, 0)).toBe(60);
  });

  test('a slot late on Sunday evening wraps to Monday UTC without being lost', () => {
    const sunday = availabilityMask({
      timeZone: 'America/Guatemala',
      slots: [{ day: 7, startMinute: 1200, endMinute: 1440 }],
    });
    const mondayUtc = availabilityMask({ timeZone: 'UTC', slots: [{ day: 1, startMinute: 0, endMinute: 360 }] });
    expect(overlapMinutes(sunday, 0, sunday, 0)).toBe(240);
    expect(overlapMinutes(sunday, 0, mondayUtc, 0)).toBe(240);
  });

  test('invalid slots are ignored', () => {
    const mask = availabilityMask({
      timeZone: 'UTC',
      slots: [
        { day: 8 as never, startMinute: 0, endMinute: 60 },
        { day: 1, startMinute: 600, endMinute: 500 },
      ],
    });
    expect(overlapMinutes(mask, 0, mask, 0)).toBe(0);
  });

  test('popcount counts the bits of any 32-bit word, sign bit included', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (x) => {
        const expected = [...(x >>> 0).toString(2)].filter((b) => b === '1').length;
        expect(popcount32(x)).toBe(expected);
      }),
    );
    expect(BLOCKS_PER_WEEK).toBe(336);
  });
});
