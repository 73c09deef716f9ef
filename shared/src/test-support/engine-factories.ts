// Test data with meaningful defaults, so a test shows only what matters to it: a Spanish-speaking
// entrepreneur in San José asking a mentor for a business plan, and a verified mentor there with room.
import type { DemandCandidate, SupporterCandidate } from '../matching/engine/types.js';

let serial = 0;
const next = (): number => ++serial;

export function makeDemand(overrides: Partial<DemandCandidate> = {}): DemandCandidate {
  const n = next();
  return {
    id: `demand-${n}`,
    entrepreneurId: `entrepreneur-${n}`,
    entrepreneurUserId: `user-e-${n}`,
    kind: 'MENTOR',
    needs: ['BUSINESS_PLAN'],
    languages: [{ language: 'es', level: 'NATIVE' }],
    countryOfResidence: 'CR',
    city: 'San José',
    sector: 'FOOD',
    businessStage: 'STARTING',
    modality: 'CHAT',
    availability: { timeZone: 'America/Costa_Rica', slots: [{ day: 2, startMinute: 18 * 60, endMinute: 20 * 60 }] },
    urgency: 'NORMAL',
    daysWaiting: 10,
    ...overrides,
  };
}

export function makeSupporter(overrides: Partial<SupporterCandidate> = {}): SupporterCandidate {
  const n = next();
  return {
    id: `supporter-${n}`,
    userId: `user-s-${n}`,
    supportKinds: ['MENTOR'],
    needs: ['BUSINESS_PLAN', 'MARKETING_SALES'],
    languages: [{ language: 'es', level: 'NATIVE' }],
    jurisdictions: [],
    sectors: ['FOOD'],
    businessStages: ['STARTING', 'RUNNING'],
    country: 'CR',
    city: 'San José',
    modalities: ['CHAT', 'CALL', 'IN_PERSON'],
    availability: { timeZone: 'America/Costa_Rica', slots: [{ day: 2, startMinute: 17 * 60, endMinute: 21 * 60 }] },
    capacity: 3,
    activeLoad: 0,
    verified: true,
    active: true,
    ...overrides,
  };
}
