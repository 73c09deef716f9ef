// Runs the pure engine of a matching round (edges, solver, explanations) away from the event loop: a
// round of thousands of demands is a second or more of computation, and the same process serves chat.
// Nothing is kept here beyond the round in flight: its result goes back to the service, which stores it.
import { planRound } from '@aliadas/shared';
import type { DemandCandidate, PairHistory, RoundOptions, RoundPlan, SupporterCandidate } from '@aliadas/shared';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface RoundPlanInput {
  demands: readonly DemandCandidate[];
  supporters: readonly SupporterCandidate[];
  history: PairHistory;
  coverageFirst?: boolean;
}

export type RoundStage = Parameters<NonNullable<RoundOptions['onProgress']>>[0]['stage'];
export type RoundStageProgress = { stage: RoundStage; done: number; total: number };

/** Plans a round; `onProgress` hears each stage as it advances. */
export type RoundPlanner = (
  input: RoundPlanInput,
  onProgress?: (progress: RoundStageProgress) => void,
) => Promise<RoundPlan>;

/** What the worker receives (structured clone of plain data). */
export type RoundWorkerInput = RoundPlanInput;

export type RoundWorkerMessage = ({ type: 'progress' } & RoundStageProgress) | { type: 'plan'; plan: RoundPlan };

/** In the calling thread: for scripts and for comparison in tests. */
export const planRoundInProcess: RoundPlanner = async (input, onProgress) =>
  planRound(input.demands, input.supporters, input.history, { coverageFirst: input.coverageFirst, onProgress });

/**
 * The compiled worker next to this file. Under Vitest this module runs from its TypeScript source, which
 * a worker thread cannot load, so it takes the build's copy (`tsc -b`, which `pnpm test` runs first).
 */
export function roundWorkerFile(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./round.worker.js', import.meta.url);
  const built = new URL('../../../dist/modules/matching/round.worker.js', import.meta.url);
  if (!existsSync(built)) {
    throw new Error(`The matching round worker is not built (${fileURLToPath(built)}): run \`tsc -b shared server\`.`);
  }
  return built;
}

/**
 * One worker thread per round, at most `concurrency` at once (the rest wait their turn), so that
 * rounds started together never take every core from the event loop.
 */
export function workerRoundPlanner(concurrency = Math.max(1, availableParallelism() - 1)): RoundPlanner {
  let running = 0;
  const waiting: (() => void)[] = [];
  const turn = async (): Promise<void> => {
    if (running < concurrency) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const done = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return async (input, onProgress) => {
    await turn();
    try {
      return await runWorker(input, onProgress);
    } finally {
      done();
    }
  };
}

function runWorker(input: RoundPlanInput, onProgress?: (progress: RoundStageProgress) => void): Promise<RoundPlan> {
  return new Promise((resolve, reject) => {
    const workerData: RoundWorkerInput = input;
    const worker = new Worker(roundWorkerFile(), { workerData });
    let plan: RoundPlan | null = null;
    worker.on('message', (message: RoundWorkerMessage) => {
      if (message.type === 'plan') plan = message.plan;
      else onProgress?.({ stage: message.stage, done: message.done, total: message.total });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (plan) resolve(plan);
      else reject(new Error(`The matching round worker stopped (exit code ${code}) without a result.`));
    });
  });
}

/** The process's planner: one per process, shared by every request (its limit is per process). */
let shared: RoundPlanner | null = null;
export function defaultRoundPlanner(): RoundPlanner {
  return (shared ??= workerRoundPlanner());
}
