// A fresh, empty database for one test file: an SQLite file in a temporary folder by default, or a
// newly created PostgreSQL database on the server named by DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { loadConfig } from '../config.js';
import type { DatabaseConfig } from '../db/orm.js';
import { ormOptions } from '../db/orm.js';

export interface TestDatabase {
  database: DatabaseConfig;
  drop(): Promise<void>;
}

export async function freshDatabase(): Promise<TestDatabase> {
  const configured = loadConfig().database;
  if (configured.kind === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'aliadas-test-'));
    return {
      database: { kind: 'sqlite', path: join(folder, 'test.sqlite') },
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  }
  const name = `aliadas_test_${randomBytes(6).toString('hex')}`;
  const admin = await MikroORM.init({ ...ormOptions(configured), migrations: {} });
  await admin.em.getConnection().execute(`create database ${name}`);
  await admin.close(true);
  const url = new URL(configured.url);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgresql', url: url.toString() },
    drop: async () => {
      const cleanup = await MikroORM.init({ ...ormOptions(configured), migrations: {} });
      await cleanup.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await cleanup.close(true);
    },
  };
}
