// `pnpm bench:chat`: chat throughput and latency. 500 clients in pairs talk to a real server process,
// first at a fixed 500 messages per second in total, then as fast as they can (each keeps one message
// in flight). Measured on SQLite, on PostgreSQL (a fresh database) and, for scale, on a bare Socket.IO
// relay without persistence or checks, on the same machine. Prints figures; it asserts nothing.
//   BENCH_PAIRS (250), BENCH_RATE (500), BENCH_SECONDS (10), BENCH_DATABASES (sqlite,postgresql),
//   BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/postgres)
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  REALTIME_PATH,
  type AckResponse,
  type ClientToServerEvents,
  type SentMessage,
  type ServerToClientEvents,
} from '@aliadas/shared';
import { io, type Socket } from 'socket.io-client';
import { createChatWorld, type WorldPair } from '../support/chat-world.js';
import { freshSharedDatabase } from '../support/databases.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const PAIRS = Number(process.env.BENCH_PAIRS ?? 250);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgresql').split(',') as ('sqlite' | 'postgresql')[];
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RELAY = fileURLToPath(new URL('./relay-server.js', import.meta.url));
const BODY = 'Buenos días, ¿cómo va la solicitud de capital semilla? Te mando el plan revisado.';

interface Client {
  socket: ClientSocket;
  conversationId: string;
}

interface PhaseResult {
  sent: number;
  acknowledged: number;
  delivered: number;
  failed: number;
  seconds: number;
  deliverMs: number[];
  ackMs: number[];
}

interface TargetResult {
  name: string;
  fixed: PhaseResult;
  max: PhaseResult;
}

/** Who is waiting for which message, shared by all clients of one run. */
class Clock {
  readonly sentAt = new Map<string, number>();
  recording: PhaseResult | null = null;

  delivered(clientMessageId: string): void {
    const sentAt = this.sentAt.get(clientMessageId);
    if (sentAt === undefined || !this.recording) return;
    this.sentAt.delete(clientMessageId);
    this.recording.delivered += 1;
    this.recording.deliverMs.push(performance.now() - sentAt);
  }
}

function emptyPhase(): PhaseResult {
  return { sent: 0, acknowledged: 0, delivered: 0, failed: 0, seconds: 0, deliverMs: [], ackMs: [] };
}

async function connectAll(url: string, world: WorldPair[], relay: boolean, clock: Clock): Promise<Client[]> {
  const people = world.flatMap((pair) => [
    { person: pair.entrepreneur, conversationId: pair.conversationId },
    { person: pair.mentor, conversationId: pair.conversationId },
  ]);
  const clients: Client[] = [];
  // A few at a time, as phones would arrive, not 500 handshakes in one instant.
  for (let i = 0; i < people.length; i += 50) {
    const batch = await Promise.all(
      people.slice(i, i + 50).map(
        ({ person, conversationId }) =>
          new Promise<Client>((resolve, reject) => {
            const socket: ClientSocket = io(url, {
              path: REALTIME_PATH,
              transports: ['websocket'],
              auth: relay ? { room: conversationId, userId: person.id } : { token: person.token },
              reconnection: false,
              forceNew: true,
            });
            socket.on('message:new', (message) => clock.delivered(message.clientMessageId));
            socket.once('connect', () => resolve({ socket, conversationId }));
            socket.once('connect_error', reject);
          }),
      ),
    );
    clients.push(...batch);
  }
  return clients;
}

function sendOne(client: Client, clock: Clock, phase: PhaseResult | null): Promise<void> {
  const clientMessageId = randomUUID();
  const start = performance.now();
  clock.sentAt.set(clientMessageId, start);
  if (phase) phase.sent += 1;
  return new Promise((resolve) => {
    client.socket
      .timeout(30_000)
      .emit(
        'message:send',
        { conversationId: client.conversationId, clientMessageId, body: BODY },
        (error: Error | null, response?: AckResponse<SentMessage>) => {
          if (phase) {
            if (!error && response?.ok) {
              phase.acknowledged += 1;
              phase.ackMs.push(performance.now() - start);
            } else {
              phase.failed += 1;
            }
          }
          resolve();
        },
      );
  });
}

/** `rate` messages per second in total, spread over the clients in turn. */
async function fixedRate(clients: Client[], clock: Clock, rate: number, seconds: number, phase: PhaseResult | null) {
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let sent = 0;
  let next = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = (performance.now() - start) / 1000;
      const due = Math.min(Math.floor(elapsed * rate), rate * seconds);
      for (; sent < due; sent += 1) {
        pending.push(sendOne(clients[next]!, clock, phase));
        next = (next + 1) % clients.length;
      }
      if (elapsed >= seconds) {
        clearInterval(timer);
        resolve();
      }
    }, 2);
  });
  if (phase) phase.seconds = (performance.now() - start) / 1000;
  await Promise.all(pending);
}

/** Every client keeps one message in flight, for `seconds`. */
async function maximum(clients: Client[], clock: Clock, seconds: number, phase: PhaseResult) {
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < end) await sendOne(client, clock, phase);
    }),
  );
  phase.seconds = (performance.now() - start) / 1000;
}

async function settleDeliveries(clock: Clock): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (clock.sentAt.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

async function run(name: string, server: ServerProcess, world: WorldPair[], relay: boolean): Promise<TargetResult> {
  const clock = new Clock();
  const clients = await connectAll(server.url, world, relay, clock);
  process.stdout.write(`  ${name}: ${clients.length} clients connected; warming up… `);
  await fixedRate(clients, clock, RATE, WARMUP_SECONDS, null);
  await settleDeliveries(clock);
  clock.sentAt.clear();

  process.stdout.write(`${RATE} msg/s for ${SECONDS} s… `);
  const fixed = emptyPhase();
  clock.recording = fixed;
  await fixedRate(clients, clock, RATE, SECONDS, fixed);
  await settleDeliveries(clock);
  clock.sentAt.clear();

  process.stdout.write(`maximum for ${SECONDS} s… `);
  const max = emptyPhase();
  clock.recording = max;
  await maximum(clients, clock, SECONDS, max);
  await settleDeliveries(clock);
  clock.recording = null;
  console.log('done');
  for (const client of clients) client.socket.disconnect();
  return { name, fixed, max };
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function ms(value: number): string {
  return Number.isNaN(value) ? '—' : value < 10 ? value.toFixed(1) : value.toFixed(0);
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

function report(results: TargetResult[]): void {
  const widths = [34, 10, 10, 10, 8, 8, 8, 9];
  const header = ['', 'sent/s', 'stored/s', 'deliv./s', 'p50 ms', 'p95 ms', 'p99 ms', 'lost'];
  for (const [title, pick] of [
    [`At ${RATE} msg/s in total (${PAIRS * 2} connections), send → delivered`, (r: TargetResult) => r.fixed],
    ['At the maximum (one message in flight per client), send → delivered', (r: TargetResult) => r.max],
  ] as const) {
    console.log(`\n${title}`);
    console.log(row([...header], widths));
    for (const result of results) {
      const phase = pick(result);
      const relay = result.name.startsWith('bare');
      console.log(
        row(
          [
            result.name,
            (phase.sent / phase.seconds).toFixed(0),
            relay ? '—' : (phase.acknowledged / phase.seconds).toFixed(0),
            (phase.delivered / phase.seconds).toFixed(0),
            ms(percentile(phase.deliverMs, 50)),
            ms(percentile(phase.deliverMs, 95)),
            ms(percentile(phase.deliverMs, 99)),
            String(phase.acknowledged - phase.delivered),
          ],
          widths,
        ),
      );
    }
  }
  const relay = results.find((r) => r.name.startsWith('bare'));
  if (relay) {
    console.log('\nCompared with the bare relay');
    for (const result of results.filter((r) => r !== relay)) {
      const throughput = result.max.acknowledged / result.max.seconds / (relay.max.acknowledged / relay.max.seconds);
      const p99 = percentile(result.fixed.deliverMs, 99) / percentile(relay.fixed.deliverMs, 99);
      console.log(
        `  ${result.name.padEnd(32)} maximum throughput ${(throughput * 100).toFixed(0)}% of the relay's; ` +
          `p99 at ${RATE} msg/s ${p99.toFixed(1)}× the relay's`,
      );
    }
  }
  console.log('\nTargets: at least 1,000 persisted messages/s; p99 under 100 ms at 500 connections, 500 msg/s.');
  for (const result of results.filter((r) => r !== relay)) {
    const stored = result.max.acknowledged / result.max.seconds;
    const p99 = percentile(result.fixed.deliverMs, 99);
    console.log(
      `  ${result.name.padEnd(32)} ${stored.toFixed(0)} stored/s ${stored >= 1000 ? '(met)' : '(NOT met)'}; ` +
        `p99 ${ms(p99)} ms ${p99 < 100 ? '(met)' : '(NOT met)'}`,
    );
  }
}

async function main(): Promise<void> {
  console.log(
    `Chat benchmark: ${PAIRS} pairs (${PAIRS * 2} connections), ${cpus().length} CPUs, ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}, Node ${process.version}`,
  );
  const results: TargetResult[] = [];
  for (const kind of DATABASES) {
    const db = await freshSharedDatabase(kind, POSTGRES_URL);
    try {
      process.stdout.write(`  preparing ${kind}: ${PAIRS * 2} people and ${PAIRS} conversations… `);
      const world = await createChatWorld(db.database, PAIRS);
      console.log('ready');
      const server = await startServerProcess({
        env: { ...db.env, CHAT_RATE_LIMIT_MESSAGES: '1000000', CHAT_RATE_LIMIT_SECONDS: '1' },
      });
      try {
        results.push(await run(`Aliadas, ${kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, server, world, false));
      } finally {
        await server.stop();
      }
    } finally {
      await db.drop();
    }
  }
  const relay = await startServerProcess({ script: RELAY, env: {} });
  try {
    const world = Array.from({ length: PAIRS }, () => ({
      entrepreneur: { id: randomUUID(), token: '' },
      mentor: { id: randomUUID(), token: '' },
      conversationId: randomUUID(),
    }));
    results.push(await run('bare Socket.IO relay', relay, world, true));
  } finally {
    await relay.stop();
  }
  report(results);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
