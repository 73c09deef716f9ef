// Health, request ids, logs that keep secrets out, and a clean stop on SIGTERM.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createAliadasServer } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { freshDatabase } from './test-support/test-database.js';
import { startTestServer } from './test-support/test-server.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('/health', () => {
  test('says the database is up, and 503 when it is not', async () => {
    const api = await startTestServer();
    try {
      const up = await fetch(`${api.url}/health`);
      expect(up.status).toBe(200);
      expect(await up.json()).toEqual({ status: 'ok', database: 'up' });
      await api.server.orm.close(true);
      const down = await fetch(`${api.url}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: 'unavailable', database: 'down' });
    } finally {
      await api.close().catch(() => undefined);
    }
  });
});

describe('logs', () => {
  test('are JSON lines with a request id, echo the id to the client, and never hold passwords or tokens', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const logged = createLogger('info', sink);
    const db = await freshDatabase();
    const server = await createAliadasServer(
      { ...loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false' }), database: db.database },
      { logger: logged },
    );
    const url = await server.listen();
    try {
      const password = 'a-very-secret-password';
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-from-client-1234' },
        body: JSON.stringify({
          query: 'mutation($i: RegisterInput!) { register(input: $i) { token } }',
          variables: { i: { email: 'logs@test.aliadas', password, displayName: 'Logs', roles: ['ENTREPRENEUR'] } },
        }),
      });
      expect(response.headers.get('x-request-id')).toBe('req-from-client-1234');
      const { data } = (await response.json()) as { data: { register: { token: string } } };
      const token = data.register.token;
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const generated = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ me { id } }"}',
      });
      expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

      const text = lines.join('\n');
      expect(text).not.toContain(password);
      expect(text).not.toContain(token);
      const requests = lines
        .map((l) => JSON.parse(l) as { req?: { id: string; headers: Record<string, string> } })
        .filter((l) => l.req);
      expect(requests.length).toBeGreaterThanOrEqual(3);
      expect(requests.map((r) => r.req?.id)).toContain('req-from-client-1234');
      expect(requests.find((r) => r.req?.headers.authorization)?.req?.headers.authorization).toBe('[redacted]');
    } finally {
      await server.close();
      await db.drop();
    }
  });
});

describe('SIGTERM', () => {
  test(
    'finishes the request in flight, refuses new work, closes the database and exits 0',
    { timeout: 120_000 },
    async () => {
      // `pnpm test` builds before it tests; a bare vitest run builds here if it must.
      if (!existsSync(join(root, 'server/dist/main.js'))) {
        execFileSync(join(root, 'node_modules/.bin/tsc'), ['-b', 'shared', 'server'], { cwd: root });
      }
      const folder = mkdtempSync(join(tmpdir(), 'aliadas-sigterm-'));
      const child = spawn(process.execPath, [join(root, 'server/dist/main.js')], {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          PORT: '0',
          HOST: '127.0.0.1',
          SQLITE_PATH: join(folder, 'db.sqlite'),
          DEMO_DATA: 'false',
          LOG_LEVEL: 'info',
          // Every failed log-in waits, so one is surely still in flight when the signal arrives.
          LOGIN_SLOWDOWN_AFTER: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let buffer = '';
          child.stdout.on('data', (chunk: Buffer) => {
            buffer += chunk.toString();
            const match = /"url":"(http:\/\/[^"]+)"/.exec(buffer);
            if (match?.[1]) resolve(match[1]);
          });
          child.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
        });
        const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
        const inFlight = fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation { logIn(input: { email: "x@test.aliadas", password: "wrong" }) { token } }',
          }),
        });
        await new Promise((r) => setTimeout(r, 100));
        child.kill('SIGTERM');
        const response = await inFlight;
        expect(response.status).toBe(200);
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
        expect(await exited).toBe(0);
        await expect(fetch(`${url}/health`)).rejects.toThrow();
      } finally {
        child.kill('SIGKILL');
        rmSync(folder, { recursive: true, force: true });
      }
    },
  );
});
