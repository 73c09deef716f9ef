// The engine and solver of one matching round, in a worker thread so that the event loop serving chat
// and GraphQL stays free while they run. Only shared/ code and node:worker_threads here: no database,
// no framework, nothing that a worker would have to load for nothing.
import { planRound } from '@aliadas/shared';
import { parentPort, workerData } from 'node:worker_threads';
import type { RoundWorkerInput, RoundWorkerMessage } from './round-planner.js';

const port = parentPort!;
const { demands, supporters, history, coverageFirst } = workerData as RoundWorkerInput;
const send = (message: RoundWorkerMessage): void => port.postMessage(message);

const plan = planRound(demands, supporters, history, {
  coverageFirst,
  onProgress: ({ stage, done, total }) => send({ type: 'progress', stage, done, total }),
});
send({ type: 'plan', plan });
