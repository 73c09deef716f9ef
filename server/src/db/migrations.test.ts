// The migrations build exactly the schema the entities describe, on this test run's database.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MikroORM } from '@mikro-orm/core';
import { freshDatabase, type TestDatabase } from '../test-support/test-database.js';
import { openDatabase } from './orm.js';

let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await freshDatabase();
  orm = await openDatabase(db.database);
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

test('no entity change is missing a migration (run `pnpm db:migration <name>`)', async () => {
  const pending = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
  expect(pending.trim()).toBe('');
});

test('running the migrations again changes nothing', async () => {
  expect(await orm.getMigrator().getPendingMigrations()).toEqual([]);
  await expect(orm.getMigrator().up()).resolves.toEqual([]);
});
