// Figures for the matching engine and solver, printed beside their targets: feasible pairs, time to build
// the edges, solve time in process and through the CLI, peak memory, quality against a greedy baseline,
// and recommendation latency. Not a test: it never fails on a missed target, it reports it.
//
//   pnpm bench:matching [--seed N] [--solve-timeout SECONDS] [--skip-large] [--cli PATH]
//
// "Through the CLI" is the command as a user types it, `pnpm --silent match solve FILE` (pnpm, the
// build check, Node start-up, reading, solving, printing); --cli PATH runs `node PATH solve FILE` instead.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  buildRoundProblem,
  generateNetwork,
  mulberry32,
  recommend,
  solveIndexed,
  SupporterIndex,
  type IndexedProblem,
} from '@aliadas/shared';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = option('cli') ?? join(root, 'server/dist/cli/match.js');
/** The command that solves FILE: what a user types, unless --cli names a script. */
const cliCommand = (file: string): string[] =>
  option('cli') === undefined ? ['pnpm', '--silent', 'match', 'solve', file] : [process.execPath, CLI, 'solve', file];

/** The seed whose networks land on the tuned sizes: ≈330,000 and ≈6.7 million feasible pairs. */
const DEFAULT_SEED = 20;

interface SolveMessage {
  ms: number;
  objective: number;
  chosenEdges: Int32Array;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(n < 10 ? 2 : 0)} ms`);
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;
const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(2)} %`);
const mark = (ok: boolean): string => (ok ? 'met' : 'MISSED');

function line(label: string, value: string, note = ''): void {
  console.log(`  ${label.padEnd(34)} ${value.padStart(16)}${note ? `   ${note}` : ''}`);
}

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function solveInWorker(
  problem: IndexedProblem,
  coverageFirst: boolean,
  timeoutMs: number,
): Promise<SolveMessage | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { problem, coverageFirst } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, timeoutMs);
    worker.once('message', (message: SolveMessage) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Greedy by descending score, respecting capacities: the baseline an optimal round must beat. */
function greedy(problem: IndexedProblem): { matched: number; total: number } {
  const { edgeLeft, edgeRight, edgeScore } = problem;
  const count = edgeScore.length;
  const order = new Int32Array(count).map((_, e) => e);
  if (count < 2 ** 23) {
    // Pack (score quantized to 2^-20, edge) into one double and sort natively: far faster than a comparator.
    const keys = new Float64Array(count);
    for (let e = 0; e < count; e++) keys[e] = Math.round(edgeScore[e]! * 2 ** 20) * 2 ** 23 + e;
    keys.sort();
    for (let k = 0; k < count; k++) order[k] = keys[count - 1 - k]! % 2 ** 23;
  } else {
    order.sort((a, b) => edgeScore[b]! - edgeScore[a]!);
  }
  const left = Int32Array.from(problem.leftCapacity);
  const right = Int32Array.from(problem.rightCapacity);
  let matched = 0;
  let total = 0;
  for (const e of order) {
    const l = edgeLeft[e]!;
    const r = edgeRight[e]!;
    if (left[l]! > 0 && right[r]! > 0) {
      left[l]!--;
      right[r]!--;
      matched++;
      total += edgeScore[e]!;
    }
  }
  return { matched, total };
}

function totalOf(problem: IndexedProblem, chosen: Int32Array): number {
  let total = 0;
  for (const e of chosen) total += problem.edgeScore[e]!;
  return total;
}

/** The instance as the CLI reads it, streamed to disk: millions of edges never become one string. */
function writeInstance(file: string, problem: IndexedProblem): void {
  const fd = openSync(file, 'w');
  try {
    const nodes = (prefix: string, capacity: Int32Array): string =>
      Array.from(capacity, (c, i) => `{"id":"${prefix}${i}","capacity":${c}}`).join(',');
    writeSync(
      fd,
      `{"left":[${nodes('d', problem.leftCapacity)}],"right":[${nodes('s', problem.rightCapacity)}],"edges":[`,
    );
    const { edgeLeft, edgeRight, edgeScore } = problem;
    // Each id's text is made once, not once per edge.
    const lefts = Array.from(problem.leftCapacity, (_, i) => `{"left":"d${i}","right":"s`);
    const rights = Array.from(problem.rightCapacity, (_, j) => `${j}","score":`);
    const chunk: string[] = [];
    for (let e = 0; e < edgeScore.length; e++) {
      chunk.push(lefts[edgeLeft[e]!]! + rights[edgeRight[e]!]! + Math.round(edgeScore[e]! * 1e6) / 1e6 + '}');
      if (chunk.length === 50_000 || e === edgeScore.length - 1) {
        writeSync(fd, (e + 1 > chunk.length ? ',' : '') + chunk.join(','));
        chunk.length = 0;
      }
    }
    writeSync(fd, ']}\n');
  } finally {
    closeSync(fd);
  }
}

interface CliRun {
  ms: number;
  peakKb: number | null;
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** Runs the CLI on FILE (see cliCommand), timing it and reading its peak resident memory. */
function runCli(file: string, timeoutMs: number, scratch: string): Promise<CliRun> {
  const useTime = existsSync('/usr/bin/time');
  // Without GNU time, a tiny wrapper reports the child's own peak RSS as it exits.
  const wrapper = join(scratch, 'peak-rss.mjs');
  if (!useTime) {
    const fd = openSync(wrapper, 'w');
    writeSync(
      fd,
      "process.on('exit', () => process.stderr.write(`\\n${process.resourceUsage().maxRSS}\\n`));\n" +
        "const cli = process.argv.splice(2, 1)[0];\nawait import(new URL('file://' + cli).href);\n",
    );
    closeSync(fd);
  }
  const [program, ...rest] = cliCommand(file);
  // GNU time reports the largest resident set of any process in the tree; the wrapper can only run a script.
  const args = useTime ? ['-f', '%M', program!, ...rest] : program === process.execPath ? [wrapper, ...rest] : rest;
  const command = useTime ? '/usr/bin/time' : program === process.execPath ? process.execPath : program!;
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const elapsed = performance.now() - start;
      const stderr = Buffer.concat(err).toString('utf8');
      const lines = stderr.trimEnd().split('\n');
      const last = Number(lines[lines.length - 1]);
      const peakKb = Number.isFinite(last) && last > 0 ? last : null;
      resolve({
        ms: elapsed,
        peakKb,
        exitCode,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: peakKb === null ? stderr : lines.slice(0, -1).join('\n'),
      });
    });
  });
}

/**
 * Checks the CLI's whole output against the instance it read (ids as writeInstance writes them): only
 * {objective, assignment}, every pair a given edge used once, capacities respected, the objective the
 * sum of the chosen scores and equal to the optimum solved in process. Returns what failed, or null.
 */
function checkCliAnswer(problem: IndexedProblem, stdout: string, optimum: number): string | null {
  let answer: unknown;
  try {
    answer = JSON.parse(stdout);
  } catch {
    return 'the output is not one JSON document';
  }
  if (answer === null || typeof answer !== 'object') return 'the output is not an object';
  const keys = Object.keys(answer).sort().join(',');
  if (keys !== 'assignment,objective') return `the output has keys ${keys}`;
  const { objective, assignment } = answer as { objective: unknown; assignment: unknown };
  if (typeof objective !== 'number' || !Array.isArray(assignment)) return 'objective or assignment of the wrong type';
  const { leftCapacity, rightCapacity, edgeLeft, edgeRight, edgeScore } = problem;
  // Each left node's edges, to find a pair's edge without a map of millions of keys.
  const start = new Int32Array(leftCapacity.length + 1);
  for (let e = 0; e < edgeLeft.length; e++) start[edgeLeft[e]! + 1]!++;
  for (let l = 0; l < leftCapacity.length; l++) start[l + 1]! += start[l]!;
  const byLeft = new Int32Array(edgeLeft.length);
  const fill = start.slice(0, leftCapacity.length);
  for (let e = 0; e < edgeLeft.length; e++) byLeft[fill[edgeLeft[e]!]!++] = e;
  const leftUsed = new Int32Array(leftCapacity.length);
  const rightUsed = new Int32Array(rightCapacity.length);
  const usedEdges = new Set<number>();
  let total = 0;
  for (const pair of assignment as unknown[]) {
    const { left, right } = (pair ?? {}) as { left?: unknown; right?: unknown };
    const l = typeof left === 'string' && /^d\d+$/.test(left) ? Number(left.slice(1)) : -1;
    const r = typeof right === 'string' && /^s\d+$/.test(right) ? Number(right.slice(1)) : -1;
    if (!(l >= 0 && l < leftCapacity.length && r >= 0 && r < rightCapacity.length)) {
      return `pair ${JSON.stringify(pair)} names unknown nodes`;
    }
    const name = `${String(left)}–${String(right)}`;
    let edge = -1;
    for (let i = start[l]!; i < start[l + 1]! && edge < 0; i++) if (edgeRight[byLeft[i]!] === r) edge = byLeft[i]!;
    if (edge < 0) return `pair ${name} is not a given edge`;
    if (usedEdges.has(edge)) return `pair ${name} is chosen twice`;
    usedEdges.add(edge);
    if (++leftUsed[l]! > leftCapacity[l]!) return `${String(left)} is over its capacity`;
    if (++rightUsed[r]! > rightCapacity[r]!) return `${String(right)} is over its capacity`;
    total += edgeScore[edge]!;
  }
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (!close(objective, total)) return `objective ${objective} but the chosen scores sum to ${total}`;
  if (!close(objective, optimum)) return `objective ${objective} but the optimum solved in process is ${optimum}`;
  return null;
}

/** The CLI's answer: its whole output as JSON, or else its last line that is. */
function cliSummary(stdout: string): string {
  const candidates = [stdout, ...stdout.trimEnd().split('\n').reverse()];
  for (const text of candidates) {
    try {
      const parsed = JSON.parse(text) as { objective?: unknown; assignment?: unknown };
      const matched = Array.isArray(parsed.assignment) ? fmt(parsed.assignment.length) : '?';
      const objective = typeof parsed.objective === 'number' ? parsed.objective.toFixed(2) : '?';
      return `matched ${matched}, objective ${objective}`;
    } catch {
      // not this one
    }
  }
  return `output not JSON (${stdout.length} bytes)`;
}

interface RoundTargets {
  /** Undefined: no CLI run (a quality-only scenario). */
  cliMs?: number;
  cliPeakKb?: number;
  /** Runs of the CLI: on a shared machine the median says more than one run. */
  cliRuns?: number;
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function benchRound(
  seed: number,
  demandCount: number,
  supporterCount: number,
  expectedPairs: number | null,
  targets: RoundTargets,
  solveTimeoutMs: number,
  scratch: string,
): Promise<void> {
  console.log(`\n${fmt(demandCount)} demands × ${fmt(supporterCount)} supporters (seed ${seed})`);
  const [network, generateMs] = timed(() =>
    generateNetwork({ seed, demands: demandCount, supporters: supporterCount }),
  );
  line('generate network', ms(generateMs));
  const [index, indexMs] = timed(() => new SupporterIndex(network.supporters));
  const [problem, edgesMs] = timed(() => buildRoundProblem(network.demands, index, network.history));
  line('feasible pairs', fmt(problem.edgeCount), expectedPairs ? `tuned for ≈${fmt(expectedPairs)}` : '');
  line('build supporter index', ms(indexMs));
  line('build edges (check + score)', ms(edgesMs), `${((1e6 * edgesMs) / problem.edgeCount).toFixed(0)} ns a pair`);

  const [baseline, greedyMs] = timed(() => greedy(problem));
  line('greedy baseline', ms(greedyMs), `matched ${fmt(baseline.matched)}, total score ${fmt(baseline.total)}`);

  const covered = await solveInWorker(problem, true, solveTimeoutMs);
  if (covered) {
    const total = totalOf(problem, covered.chosenEdges);
    line(
      'solve in process, coverage first',
      ms(covered.ms),
      `matched ${fmt(covered.chosenEdges.length)}, total score ${fmt(total)}`,
    );
    line(
      '  greedy against it',
      '',
      `matched ${pct(baseline.matched, covered.chosenEdges.length)}, total score ${pct(baseline.total, total)}` +
        ` (${fmt(covered.chosenEdges.length - baseline.matched)} more women served by the optimum)`,
    );
  } else {
    line('solve in process, coverage first', `> ${ms(solveTimeoutMs)}`, 'stopped: did not finish in time');
  }
  const best = await solveInWorker(problem, false, solveTimeoutMs);
  if (best) {
    const total = totalOf(problem, best.chosenEdges);
    line(
      'solve in process, max score',
      ms(best.ms),
      `matched ${fmt(best.chosenEdges.length)}, total score ${fmt(total)}`,
    );
    line('  greedy against it', '', `total score ${pct(baseline.total, total)}`);
  } else {
    line('solve in process, max score', `> ${ms(solveTimeoutMs)}`, 'stopped: did not finish in time');
  }

  if (targets.cliMs === undefined) return;
  if (option('cli') !== undefined && !existsSync(CLI)) {
    line('CLI end to end', 'n/a', `${CLI} not built`);
    return;
  }
  const file = join(scratch, `round-${demandCount}x${supporterCount}.json`);
  const [, writeMs] = timed(() => writeInstance(file, problem));
  line('write instance JSON', ms(writeMs), `${(statSync(file).size / 1024 / 1024).toFixed(0)} MB`);
  // The scores as the file writes them (to 1e-6), solved in process: the answer the CLI must give.
  const written: IndexedProblem = { ...problem, edgeScore: problem.edgeScore.map((s) => Math.round(s * 1e6) / 1e6) };
  const expected = await solveInWorker(written, false, solveTimeoutMs);
  const runs: CliRun[] = [];
  for (let r = 0; r < (targets.cliRuns ?? 1); r++) {
    const run = await runCli(file, Math.max(solveTimeoutMs, 2 * targets.cliMs), scratch);
    runs.push(run);
    if (run.timedOut || run.exitCode !== 0) break;
  }
  rmSync(file, { force: true });
  const run = runs[runs.length - 1]!;
  if (run.timedOut) {
    line('CLI end to end', `> ${ms(run.ms)}`, 'stopped: did not finish in time');
    return;
  }
  if (run.exitCode !== 0) {
    line('CLI end to end', 'failed', `exit ${run.exitCode}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return;
  }
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const median = times[Math.floor((times.length - 1) / 2)]!;
  const failures = expected
    ? runs.map((r) => checkCliAnswer(written, r.stdout, expected.objective)).filter((f) => f !== null)
    : [];
  // A fast wrong answer meets nothing.
  const met = median < targets.cliMs && failures.length === 0;
  line(
    runs.length > 1 ? `CLI end to end, median of ${runs.length}` : 'CLI end to end (read, solve, print)',
    ms(median),
    `target < ${ms(targets.cliMs)}: ${mark(met)}` +
      (runs.length > 1 ? ` (best ${ms(times[0]!)}, worst ${ms(times[times.length - 1]!)})` : ''),
  );
  line('  command', '', cliCommand('FILE').join(' ').replace(process.execPath, 'node'));
  line('  machine load (1 / 5 / 15 min)', '', load());
  line('  CLI result', '', cliSummary(run.stdout));
  line(
    '  CLI answer checked',
    '',
    !expected
      ? 'not checked: the in-process solve did not finish in time'
      : failures.length === 0
        ? `every run: given edges only, capacities kept, objective = sum of scores = in-process optimum`
        : `WRONG: ${failures[0]}`,
  );
  const peakKb = Math.max(...runs.map((r) => r.peakKb ?? 0));
  if (peakKb > 0) {
    const memoryNote = targets.cliPeakKb
      ? `target < ${mb(targets.cliPeakKb)}: ${mark(peakKb < targets.cliPeakKb)}`
      : '';
    line('CLI peak memory (max RSS)', mb(peakKb), memoryNote);
  }
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function benchRecommendations(seed: number, supporterCount: number, calls: number): void {
  console.log(`\nRecommendations: ${fmt(calls)} random demands against ${fmt(supporterCount)} supporters (top 10)`);
  const network = generateNetwork({ seed: seed + 1, demands: calls, supporters: supporterCount });
  const [index, indexMs] = timed(() => new SupporterIndex(network.supporters));
  line('build supporter index (once)', ms(indexMs));
  for (const demand of network.demands.slice(0, 100)) recommend(demand, index, network.history, { limit: 10 });
  const times = new Float64Array(calls);
  const pick = mulberry32(seed);
  let returned = 0;
  for (let c = 0; c < calls; c++) {
    const demand = network.demands[Math.floor(pick() * network.demands.length)]!;
    const start = performance.now();
    const result = recommend(demand, index, network.history, { limit: 10 });
    times[c] = performance.now() - start;
    returned += result.recommendations.length;
  }
  times.sort();
  line('p50', ms(percentile(times, 50)));
  line('p95', ms(percentile(times, 95)), `target < 20 ms: ${mark(percentile(times, 95) < 20)}`);
  line('p99', ms(percentile(times, 99)));
  line('max', ms(times[times.length - 1]!), `${(returned / calls).toFixed(1)} recommendations a call on average`);
}

async function main(): Promise<void> {
  const seed = Number(option('seed') ?? DEFAULT_SEED);
  const solveTimeoutMs = 1000 * Number(option('solve-timeout') ?? 300);
  const scratch = mkdtempSync(join(tmpdir(), 'aliadas-bench-'));
  console.log(
    `Matching benchmark: Node ${process.version}, ${availableParallelism()} CPUs, ${process.platform}/${process.arch}` +
      `, load ${load()} (1 / 5 / 15 min)`,
  );
  try {
    await benchRound(seed, 2_000, 500, 330_000, { cliMs: 500, cliRuns: 7 }, solveTimeoutMs, scratch);
    if (!process.argv.includes('--skip-large')) {
      await benchRound(
        seed,
        10_000,
        2_000,
        6_700_000,
        { cliMs: 15_000, cliPeakKb: 2 * 1024 * 1024 },
        solveTimeoutMs,
        scratch,
      );
    }
    // Where free seats roughly equal demands, a greedy round strands women an optimal one serves.
    console.log('\nQuality where supply meets demand');
    await benchRound(seed, 2_000, 1_400, null, {}, solveTimeoutMs, scratch);
    benchRecommendations(seed, 5_000, 1_000);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\nBenchmark process peak memory (max RSS): ${mb(process.resourceUsage().maxRSS)}`);
}

// Solves run in a worker so that a solver that takes too long is stopped, not waited for.
if (!isMainThread) {
  const { problem, coverageFirst } = workerData as { problem: IndexedProblem; coverageFirst: boolean };
  const start = performance.now();
  const result = solveIndexed(problem, { coverageFirst });
  const message: SolveMessage = { ms: performance.now() - start, ...result };
  parentPort!.postMessage(message, [result.chosenEdges.buffer as ArrayBuffer]);
} else {
  await main();
}
