// A large round planned in a worker thread leaves the event loop free, gives the same plan as in
// process, and reports its progress stage by stage.
import { generateNetwork } from '@aliadas/shared';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  planRoundInProcess,
  roundWorkerFile,
  workerRoundPlanner,
  type RoundPlanInput,
  type RoundStageProgress,
} from './round-planner.js';

/** The longest the event loop went without running a 5 ms timer while `work` ran. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  try {
    const value = await work();
    stallMs = Math.max(stallMs, performance.now() - last);
    return { value, stallMs };
  } finally {
    clearInterval(timer);
  }
}

// About 330,000 feasible pairs: the benchmark's smaller round.
const network = generateNetwork({ seed: 20, demands: 2_000, supporters: 500 });
const input: RoundPlanInput = { ...network, coverageFirst: true };

describe('planning a round in a worker thread', () => {
  test('the compiled worker is found from the TypeScript sources too', () => {
    expect(fileURLToPath(roundWorkerFile())).toMatch(/server[\\/]dist[\\/]modules[\\/]matching[\\/]round\.worker\.js$/);
  });

  test('keeps the event loop free during a large round, where planning in process blocks it', async () => {
    const planner = workerRoundPlanner(1);
    await planner({ ...input, demands: input.demands.slice(0, 10) }); // warm the worker's start-up path

    const inProcess = await longestStall(() => planRoundInProcess(input));
    const inWorker = await longestStall(() => planner(input));

    // In process the whole round is one synchronous stretch; in a worker the loop keeps ticking, held only
    // by taking in the result. Machines differ in speed and load, so the bound is relative.
    expect(inProcess.stallMs).toBeGreaterThan(100);
    expect(inWorker.stallMs).toBeLessThan(inProcess.stallMs / 2);
    expect(inWorker.value.stats).toEqual(inProcess.value.stats);
    expect(inWorker.value.proposals.map((p) => [p.demandId, p.supporterId])).toEqual(
      inProcess.value.proposals.map((p) => [p.demandId, p.supporterId]),
    );
    expect(inWorker.value.unmatchedCounts).toEqual(inProcess.value.unmatchedCounts);
  }, 60_000);

  test('reports each stage as it advances, and rounds beyond the limit wait their turn', async () => {
    const planner = workerRoundPlanner(1);
    const progress: RoundStageProgress[][] = [[], []];
    const small = { ...input, demands: input.demands.slice(0, 400) };
    const [a, b] = await Promise.all([
      planner(small, (p) => progress[0]!.push(p)),
      planner(small, (p) => progress[1]!.push(p)),
    ]);
    expect(a.stats).toEqual(b.stats);
    for (const seen of progress) {
      expect([...new Set(seen.map((p) => p.stage))]).toEqual(['edges', 'solve', 'explain']);
      expect(seen.at(-1)).toEqual({ stage: 'explain', done: 400, total: 400 });
    }
    // One at a time: the second round's first report comes after the first round's last.
    const order: string[] = [];
    await Promise.all([planner(small, () => order.push('a')), planner(small, () => order.push('b'))]);
    expect(order.join('')).toMatch(/^a+b+$/);
  }, 60_000);

  test('a round the engine refuses fails the call instead of hanging', async () => {
    const planner = workerRoundPlanner(1);
    const broken = { ...input, demands: [{ ...input.demands[0]!, languages: null as never }] };
    await expect(planner(broken)).rejects.toThrow();
  });
});
