// `pnpm bench:api`: the main pages' GraphQL queries under load. A real server process starts on the
// demo network; the entrepreneur, the mentor and the coordinator log in; autocannon then sends each
// page's query as fast as BENCH_CONNECTIONS connections allow, and, in the same run on the same
// machine, the same load at a plain Express JSON endpoint for scale. Every response is read: a non-2xx
// status or a GraphQL error counts as an error (a warm-up pass checks each body first). Prints
// requests per second and latency; it asserts nothing but exits non-zero when there were errors.
//   BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_TIMEOUT_SECONDS (30), BENCH_DATABASES (sqlite; add postgresql),
//   BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/postgres)
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freshSharedDatabase } from '../support/databases.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const TIMEOUT_SECONDS = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 30);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite').split(',') as ('sqlite' | 'postgresql')[];
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PLAIN = fileURLToPath(new URL('./plain-express-server.js', import.meta.url));
const DEMO_PASSWORD = 'aliadas-demo';

type Who = 'entrepreneur' | 'mentor' | 'coordinator';
const LOGINS: Record<Who, string> = {
  entrepreneur: 'emprendedora@aliadas.demo',
  mentor: 'mentora@aliadas.demo',
  coordinator: 'coordinadora@aliadas.demo',
};

/** The queries the main pages send when they open, as the client writes them. */
const PAGES: { name: string; who: Who; query: string }[] = [
  {
    name: 'entrepreneur home (requests, team, reasons)',
    who: 'entrepreneur',
    query: `query MySupport {
      mySupportRequests { id status createdAt demands { id kind needs status } }
      myMatches { id kind status supporter { userId displayName accountDeleted contact { email phone } }
        reasons { code params } }
      conversations(limit: 50) { id matchId }
    }`,
  },
  {
    name: 'entrepreneur conversations',
    who: 'entrepreneur',
    query: `query Conversations {
      conversations { id kind matchId unreadCount lastSeq canSend members { userId displayName lastReadSeq }
        lastMessage { id body seq createdAt } }
    }`,
  },
  {
    name: 'supporter invitations and mentees',
    who: 'mentor',
    query: `query MyInvitations {
      myInvitations { id kind invitationExpiresAt entrepreneur { userId displayName } demand { id needs }
        reasons { code params } }
      myMatches { id kind status entrepreneur { userId displayName } demand { id needs } }
      conversations(limit: 50) { id matchId }
    }`,
  },
  {
    name: 'coordinator open demands',
    who: 'coordinator',
    query: `query OpenDemands {
      openDemands(limit: 20) { daysWaiting countryOfResidence urgency feasibleCount
        entrepreneur { userId displayName } demand { id kind needs } why { code } }
    }`,
  },
  {
    name: 'coordinator dashboard',
    who: 'coordinator',
    query: `query Dashboard {
      dashboard { generatedAt totals { openDemands supporters seats seatsUsed } }
    }`,
  },
  {
    name: 'coordinator reports queue',
    who: 'coordinator',
    query: `query Reports { reports(limit: 20) { id reason status createdAt reportedUser { id displayName } } }`,
  },
];

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

/** A body is an error when it is not JSON, carries `errors`, or has no `data`. */
function bodyError(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
    if (parsed.errors && parsed.errors.length > 0) return JSON.stringify(parsed.errors).slice(0, 300);
    if (parsed.data === undefined || parsed.data === null) return 'no data';
    return null;
  } catch {
    return `not JSON: ${body.slice(0, 100)}`;
  }
}

async function warmUp(target: Target): Promise<void> {
  for (let i = 0; i < 20; i += 1) {
    const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
    const text = await response.text();
    const problem = response.ok ? bodyError(text) : `status ${response.status}: ${text.slice(0, 200)}`;
    if (problem) throw new Error(`${target.name}: ${problem}`);
  }
}

async function hammer(target: Target): Promise<Figures> {
  await warmUp(target);
  let badBodies = 0;
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    // A page slower than this under the load counts as an error (autocannon's default is 10 s).
    timeout: TIMEOUT_SECONDS,
    requests: [
      {
        method: 'POST',
        headers: target.headers,
        body: target.body,
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && bodyError(body)) badBodies += 1;
        },
      },
    ],
  });
  return {
    name: target.name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.non2xx + result.errors + result.timeouts + badBodies,
  };
}

async function gql<T>(server: ServerProcess, token: string | null, query: string, variables = {}): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Gives the demo entrepreneur a request with a team, as on a day in the network: her mentor accepted
 * (so they have a conversation with messages) and an adviser is invited. The pages then read real rows.
 */
async function aDayInTheNetwork(server: ServerProcess, tokens: Record<Who, string>): Promise<string> {
  const { createSupportRequest: request } = await gql<{
    createSupportRequest: { demands: { id: string; kind: string }[] };
  }>(
    server,
    tokens.entrepreneur,
    `mutation($input: SupportRequestInput!) { createSupportRequest(input: $input) { demands { id kind } } }`,
    { input: { needs: ['BUSINESS_PLAN', 'MARKETING_SALES', 'LABOR_RIGHTS'], modality: 'CHAT' } },
  );
  const { me: mentor } = await gql<{ me: { id: string } }>(server, tokens.mentor, 'query { me { id } }');
  // She shares her contact details, so her mentee's home shows them (and each read is audited).
  await gql(
    server,
    tokens.mentor,
    'mutation($input: ContactDetailsInput!) { updateContactDetails(input: $input) { id } }',
    { input: { phone: '+50688880000', shareContactDetails: true } },
  );
  const mentorDemand = request.demands.find((d) => d.kind === 'MENTOR');
  const { matchByHand: match } = await gql<{ matchByHand: { id: string } }>(
    server,
    tokens.coordinator,
    'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "Same city and sector") { id } }',
    { d: mentorDemand?.id, s: mentor.id },
  );
  await gql(server, tokens.mentor, 'mutation($id: ID!) { acceptInvitation(matchId: $id) { id } }', { id: match.id });
  const { conversations } = await gql<{ conversations: { id: string; matchId: string | null }[] }>(
    server,
    tokens.entrepreneur,
    'query { conversations { id matchId } }',
  );
  const conversation = conversations.find((c) => c.matchId === match.id);
  for (let i = 0; i < 20; i += 1) {
    await gql(
      server,
      i % 2 === 0 ? tokens.entrepreneur : tokens.mentor,
      'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }',
      {
        input: {
          conversationId: conversation?.id,
          clientMessageId: `bench-day-${i}`,
          body: `Mensaje ${i} sobre el plan.`,
        },
      },
    );
  }
  const legal = request.demands.find((d) => d.kind === 'LEGAL');
  const { recommendations } = await gql<{ recommendations: { recommendations: { supporter: { userId: string } }[] } }>(
    server,
    tokens.coordinator,
    'query($id: ID!) { recommendations(demandId: $id, limit: 1) { recommendations { supporter { userId } } } }',
    { id: legal?.id },
  );
  const adviser = recommendations.recommendations[0]?.supporter.userId;
  if (adviser) {
    await gql(
      server,
      tokens.coordinator,
      'mutation($d: ID!, $s: ID!) { matchByHand(demandId: $d, supporterUserId: $s, reason: "Knows labor law here") { id } }',
      { d: legal?.id, s: adviser },
    );
  }
  return `her request has ${request.demands.length} demands, an active mentor who shares her contact details, 20 messages${adviser ? ' and an invited adviser' : ''}`;
}

async function logIn(server: ServerProcess, email: string): Promise<string> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LogInInput!) { logIn(input: $input) { token } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await response.json()) as { data?: { logIn: { token: string } }; errors?: unknown[] };
  if (!body.data) throw new Error(`could not log in ${email}: ${JSON.stringify(body.errors)}`);
  return body.data.logIn.token;
}

function print(title: string, rows: Figures[]): void {
  console.log(`\n${title}`);
  console.log(
    `${'target'.padEnd(46)} ${'req/s'.padStart(9)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'requests'.padStart(9)} ${'errors'.padStart(7)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(46)} ${row.requestsPerSecond.toFixed(0).padStart(9)} ${String(row.p50).padStart(8)} ${String(row.p99).padStart(8)} ${String(row.requests).padStart(9)} ${String(row.errors).padStart(7)}`,
    );
  }
}

async function main(): Promise<void> {
  console.log(
    `bench:api — ${CONNECTIONS} connections, ${SECONDS} s per target, ${cpus().length} CPUs, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  let errors = 0;
  const plain = await startServerProcess({ script: PLAIN, env: {} });
  try {
    for (const kind of DATABASES) {
      const database = await freshSharedDatabase(kind, POSTGRES_URL);
      // The demo network is written at the first start: give it time.
      const server = await startServerProcess({
        env: { ...database.env, DEMO_DATA: 'true' },
        timeoutMs: 180_000,
      });
      try {
        const tokens = Object.fromEntries(
          await Promise.all((Object.keys(LOGINS) as Who[]).map(async (who) => [who, await logIn(server, LOGINS[who])])),
        ) as Record<Who, string>;
        const day = await aDayInTheNetwork(server, tokens).catch((error: unknown) => {
          console.error(server.output().slice(-4000));
          throw error;
        });
        console.log(`\nOn ${kind}, the demo entrepreneur's day: ${day}.`);
        const rows: Figures[] = [];
        for (const page of PAGES) {
          rows.push(
            await hammer({
              name: page.name,
              url: `${server.url}/graphql`,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[page.who]}` },
              body: JSON.stringify({ query: page.query }),
            }),
          );
        }
        // The yardstick, measured between the database runs so that both see the same machine.
        rows.push(
          await hammer({
            name: 'plain Express JSON endpoint',
            url: `${plain.url}/plain`,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: PAGES[0]!.query }),
          }),
        );
        print(`Aliadas on ${kind} (demo network) beside a plain Express endpoint`, rows);
        errors += rows.reduce((sum, row) => sum + row.errors, 0);
      } finally {
        await server.stop();
        await database.drop();
      }
    }
  } finally {
    await plain.stop();
  }
  if (errors > 0) {
    console.error(`\n${errors} responses were errors`);
    process.exitCode = 1;
  }
}

await main();
