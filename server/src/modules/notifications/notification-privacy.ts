// Her notifications in her data export and out of the database with her account. Outbox rows refer to
// her through their notification, so they go (and are exported) with it.
import type { EntityManager } from '@mikro-orm/core';
import { Notification, NotificationOutboxEntry } from './notification.entity.js';

const CHUNK = 500;

/** How each of her notifications went out through each channel. */
export async function notificationDeliveriesOf(em: EntityManager, userId: string): Promise<Record<string, unknown>[]> {
  const rows = await em.find(
    NotificationOutboxEntry,
    { notification: { recipient: userId } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return rows.map((row) => ({
    id: row.id,
    notification: row.notification.id,
    channel: row.channel,
    status: row.status,
    attempts: row.attempts,
    dispatchedAt: row.dispatchedAt ?? null,
    createdAt: row.createdAt,
  }));
}

/** Deletes her notifications and their outbox rows (inside the account deletion's transaction). */
export async function deleteNotificationsOf(em: EntityManager, userId: string): Promise<void> {
  for (;;) {
    const batch = await em.find(Notification, { recipient: userId }, { fields: ['id'], limit: CHUNK });
    if (batch.length === 0) return;
    const ids = batch.map((n) => n.id);
    await em.nativeDelete(NotificationOutboxEntry, { notification: { $in: ids } });
    await em.nativeDelete(Notification, { id: { $in: ids } });
  }
}
