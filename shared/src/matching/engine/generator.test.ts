import { describe, expect, test } from 'vitest';
import { NETWORK_COUNTRY_CODES, SUPPORTER_CAPACITY } from '../../vocabulary/index.js';
import { generateNetwork, mulberry32 } from './generator.js';

describe('network generator', () => {
  test('same seed, same network; another seed, another network', () => {
    const a = generateNetwork({ seed: 42, demands: 300, supporters: 80 });
    const b = generateNetwork({ seed: 42, demands: 300, supporters: 80 });
    const c = generateNetwork({ seed: 43, demands: 300, supporters: 80 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });

  test('plain data of the requested size', () => {
    const network = generateNetwork({ seed: 1, demands: 500, supporters: 120 });
    expect(network.demands).toHaveLength(500);
    expect(network.supporters).toHaveLength(120);
    expect(JSON.parse(JSON.stringify(network))).toEqual(network);
    expect(new Set(network.demands.map((d) => d.id)).size).toBe(500);
    const entrepreneurs = new Set(network.entrepreneurs.map((e) => e.id));
    expect(network.demands.every((d) => entrepreneurs.has(d.entrepreneurId))).toBe(true);
  });

  test('believable: the eight countries, Haitian Creole in DO, mostly mentors, capacities 1–5', () => {
    const { demands, supporters, entrepreneurs } = generateNetwork({ seed: 2, demands: 3000, supporters: 600 });
    expect(new Set(demands.map((d) => d.countryOfResidence))).toEqual(new Set(NETWORK_COUNTRY_CODES));
    expect(new Set(supporters.map((s) => s.country))).toEqual(new Set(NETWORK_COUNTRY_CODES));
    const inDominicana = entrepreneurs.filter((e) => e.countryOfResidence === 'DO');
    const creole = inDominicana.filter((e) => e.languages.some((l) => l.language === 'ht'));
    expect(creole.length / inDominicana.length).toBeGreaterThan(0.4);
    const spoken = new Set(entrepreneurs.flatMap((e) => e.languages.map((l) => l.language)));
    for (const language of ['es', 'ht', 'en', 'fr', 'quc', 'mam', 'kek', 'miq', 'cab', 'gym', 'cuk']) {
      expect(spoken).toContain(language);
    }
    const mentors = supporters.filter((s) => s.supportKinds.includes('MENTOR')).length;
    expect(mentors / supporters.length).toBeGreaterThan(0.6);
    for (const kind of ['LEGAL', 'FISCAL', 'FINANCIAL', 'PSYCHOSOCIAL'] as const) {
      expect(supporters.some((s) => s.supportKinds.includes(kind))).toBe(true);
    }
    for (const s of supporters) {
      expect(s.capacity).toBeGreaterThanOrEqual(SUPPORTER_CAPACITY.min);
      expect(s.capacity).toBeLessThanOrEqual(SUPPORTER_CAPACITY.max);
      expect(s.activeLoad).toBeLessThanOrEqual(s.capacity);
      if (s.supportKinds.includes('LEGAL') || s.supportKinds.includes('FISCAL'))
        expect(s.jurisdictions).toContain(s.country);
    }
    for (const d of demands) {
      expect(d.needs.length).toBeGreaterThan(0);
      expect(d.availability.slots.every((slot) => slot.startMinute < slot.endMinute && slot.endMinute <= 1440)).toBe(
        true,
      );
    }
  });
});
