// SQLite hands out its write lock lazily: a transaction that reads first and writes later is refused
// outright ("database is locked", no waiting) when another process wrote in between. Several server
// processes share one SQLite file, so a transaction that will write takes the lock first; then it waits
// (busy_timeout) instead. PostgreSQL locks rows as it goes and needs nothing here.
import type { EntityManager } from '@mikro-orm/core';
import { BaseSqlitePlatform } from '@mikro-orm/knex';

/** Call first in a transaction that may write. */
export async function takeWriteLock(em: EntityManager): Promise<void> {
  if (!(em.getPlatform() instanceof BaseSqlitePlatform)) return;
  // An UPDATE starts a write transaction even when it matches nothing.
  await em
    .getConnection()
    .execute('update "mikro_orm_migrations" set "id" = "id" where 1 = 0', [], 'run', em.getTransactionContext());
}
