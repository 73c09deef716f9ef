// A fresh database shared by server processes: an SQLite file in a temporary folder, or a new
// PostgreSQL database on the server named by `postgresUrl`.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '@aliadas/server/dist/db/orm.js';
import pg from 'pg';

export interface SharedDatabase {
  kind: 'sqlite' | 'postgresql';
  database: DatabaseConfig;
  /** The variables that point a server process at it. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function freshSharedDatabase(
  kind: 'sqlite' | 'postgresql',
  postgresUrl?: string,
): Promise<SharedDatabase> {
  if (kind === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'aliadas-shared-'));
    const path = join(folder, 'aliadas.sqlite');
    return {
      kind,
      database: { kind: 'sqlite', path },
      env: { SQLITE_PATH: path },
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const serverUrl = postgresUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `aliadas_shared_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    database: { kind: 'postgresql', url: url.toString() },
    env: { DATABASE_URL: url.toString() },
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
