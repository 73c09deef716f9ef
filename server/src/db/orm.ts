// ORM set-up for both databases: an SQLite file by default, PostgreSQL when DATABASE_URL is set.
// Migrations are per dialect and listed in code; the schema is never synchronised automatically.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { entities } from './entities.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export type DatabaseConfig = Config['database'];

export function ormOptions(database: DatabaseConfig, options: { debug?: boolean } = {}): Options {
  const common = {
    entities,
    extensions: [Migrator],
    debug: options.debug ?? false,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Entities define their own relations and types explicitly; no reflection of TypeScript types at run time.
    discovery: { requireEntitiesArray: true },
  } satisfies Options;
  if (database.kind === 'postgresql') {
    return {
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: database.url,
      pool: { min: 0, max: 10 },
      // When the database stops answering, a request fails within seconds (UNAVAILABLE) instead of
      // waiting a minute for a connection; the pool tries again on the next request.
      driverOptions: { acquireConnectionTimeout: 10_000, connection: { connectionTimeoutMillis: 5000 } },
      migrations: { migrationsList: postgresqlMigrations, snapshot: false, transactional: true, silent: true },
    };
  }
  const path = database.path === ':memory:' ? ':memory:' : resolve(database.path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return {
    ...common,
    driver: LibSqlDriver,
    dbName: path,
    // The driver replaces its connection every few seconds: settings that live with a connection (not
    // in the file) are set on each one, or foreign keys and lock waiting silently stop after a while.
    pool: { afterCreate: sqliteConnectionSettings },
    migrations: { migrationsList: sqliteMigrations, snapshot: false, transactional: true, silent: true },
  };
}

function sqliteConnectionSettings(connection: { exec(sql: string): void }, done: (error: unknown, c: unknown) => void) {
  try {
    connection.exec('pragma foreign_keys = on; pragma busy_timeout = 5000');
    done(null, connection);
  } catch (error) {
    done(error, connection);
  }
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(database: DatabaseConfig, options: { debug?: boolean } = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database, options));
  if (database.kind === 'sqlite') {
    // WAL lets readers go on while a message is written; foreign keys are off by default in SQLite.
    const connection = orm.em.getConnection();
    await connection.execute('pragma journal_mode = wal');
    await connection.execute('pragma foreign_keys = on');
    await connection.execute('pragma busy_timeout = 5000');
  }
  await orm.getMigrator().up();
  return orm;
}
