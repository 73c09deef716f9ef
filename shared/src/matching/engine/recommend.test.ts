import { describe, expect, test } from 'vitest';
import { checkPair } from './constraints.js';
import { makeDemand, makeSupporter } from '../../test-support/engine-factories.js';
import { generateNetwork } from './generator.js';
import { recommend } from './recommend.js';
import { scorePair } from './score.js';
import { SupporterIndex } from './supporter-index.js';

describe('recommendations', () => {
  const network = generateNetwork({ seed: 3, demands: 200, supporters: 400 });
  const index = new SupporterIndex(network.supporters);

  test('sorted by score, limited, and only feasible supporters', () => {
    for (const demand of network.demands.slice(0, 50)) {
      const result = recommend(demand, index, network.history, { limit: 5 });
      const feasible = network.supporters.filter((s) => checkPair(demand, s, network.history).feasible);
      expect(result.feasibleCount).toBe(feasible.length);
      expect(result.recommendations).toHaveLength(Math.min(5, feasible.length));
      const best = feasible
        .map((s) => scorePair(demand, s).score)
        .sort((a, b) => b - a)
        .slice(0, 5);
      expect(result.recommendations.map((r) => r.score)).toEqual(best);
      for (const r of result.recommendations) {
        const supporter = network.supporters.find((s) => s.id === r.supporterId)!;
        expect(checkPair(demand, supporter, network.history).feasible).toBe(true);
        expect(r.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  test('a list of supporters works as well as an index, and the default limit is 10', () => {
    const demand = makeDemand();
    const supporters = Array.from({ length: 15 }, (_, n) => makeSupporter({ activeLoad: n % 3 }));
    const fromList = recommend(demand, supporters);
    expect(fromList.recommendations).toHaveLength(10);
    expect(recommend(demand, new SupporterIndex(supporters)).recommendations).toEqual(fromList.recommendations);
    expect(fromList.recommendations[0]!.reasons[0]).toMatchObject({ code: 'NEEDS_COVERED' });
  });

  test('says why when nobody fits: the constraint that removed the last candidates', () => {
    const lawyers = [
      makeSupporter({
        supportKinds: ['LEGAL'],
        jurisdictions: ['PA'],
        country: 'PA',
        languages: [{ language: 'es', level: 'NATIVE' }],
      }),
      makeSupporter({
        supportKinds: ['LEGAL'],
        jurisdictions: ['CR'],
        languages: [{ language: 'en', level: 'NATIVE' }],
      }),
      makeSupporter({ supportKinds: ['MENTOR'] }),
    ];
    const legal = makeDemand({ kind: 'LEGAL', needs: ['REGULARIZATION'] });
    const result = recommend(legal, lawyers);
    expect(result.recommendations).toEqual([]);
    expect(result.blockedBy).toEqual({
      code: 'NO_JURISDICTION',
      params: { kind: 'LEGAL', country: 'CR' },
      counts: { KIND_NOT_OFFERED: 1, NO_SHARED_LANGUAGE: 1, NO_JURISDICTION: 1 },
    });
    const haitian = makeDemand({
      languages: [
        { language: 'ht', level: 'NATIVE' },
        { language: 'es', level: 'BASIC' },
      ],
    });
    expect(recommend(haitian, lawyers).blockedBy).toMatchObject({
      code: 'NO_SHARED_LANGUAGE',
      params: { languages: ['ht'] },
    });
    expect(recommend(makeDemand({ kind: 'PSYCHOSOCIAL' }), lawyers).blockedBy?.code).toBe('KIND_NOT_OFFERED');
  });
});
