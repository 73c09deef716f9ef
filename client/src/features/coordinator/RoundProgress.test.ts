// The bar moves forward through a round's phases and never leaves 0..1, whatever the server reports.
import { ROUND_PHASES, type RoundProgress } from '@aliadas/shared';
import { describe, expect, it } from 'vitest';
import { overallFraction } from './RoundProgress';

const at = (phase: RoundProgress['phase'], fraction: number): RoundProgress => ({ roundId: 'r', phase, fraction });

describe('overallFraction', () => {
  it('grows through the phases in order, each an equal share', () => {
    const steps = ROUND_PHASES.flatMap((phase) => [0, 0.5, 1].map((f) => overallFraction(at(phase, f))));
    expect(steps[0]).toBe(0);
    expect(steps.at(-1)).toBe(1);
    for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeGreaterThanOrEqual(steps[i - 1]!);
    expect(overallFraction(at('SOLVING', 0.5))).toBeCloseTo(2.5 / ROUND_PHASES.length);
  });

  it('keeps an out-of-range or missing fraction within its phase', () => {
    expect(overallFraction(at('SCORING', 7))).toBeCloseTo(2 / ROUND_PHASES.length);
    expect(overallFraction(at('SCORING', -1))).toBeCloseTo(1 / ROUND_PHASES.length);
    expect(overallFraction(at('SCORING', Number.NaN))).toBeCloseTo(1 / ROUND_PHASES.length);
  });
});
