// In-app notifications: stored for their recipient (so none is missed while she is offline), with an
// outbox row per channel written in the same transaction, and announced once committed so the outbox
// relay (notification-outbox.ts) pushes them live. Only the recipient ever reads or marks hers.
import { NOTIFICATION_PAGE_MAX, type NotificationKind, type NotificationParams } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import type { DomainEvent, DomainEventPublisher } from '../../domain-events.js';
import { BadUserInputError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { Notification, NotificationOutboxEntry } from './notification.entity.js';
import { checkKind, checkLink, checkParams, NOTIFICATION_CHANNELS, NOTIFICATION_LIMITS } from './notification.rules.js';

export interface NotificationPage {
  nodes: Notification[];
  /** Pass as `after` for the next (older) page; null when there is none. */
  nextCursor: string | null;
}

export const NOTIFICATION_PAGE_DEFAULT = 20;

export class NotificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly events: DomainEventPublisher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Stores one notification and its outbox rows per recipient. Called with the entity manager of the
   * caller's transaction, it joins it: a rollback leaves nothing, and the live push goes out only after
   * the commit. People whose account was deleted get nothing.
   */
  async notify(
    recipientIds: string[],
    kind: NotificationKind,
    params: NotificationParams,
    link: string | null = null,
  ): Promise<void> {
    const checkedKind = checkKind(kind);
    const checkedParams = checkParams(params);
    const checkedLink = checkLink(link);
    const ids = [...new Set(recipientIds)];
    if (ids.length === 0) return;
    if (ids.length > NOTIFICATION_LIMITS.recipients) {
      throw new BadUserInputError('notification.tooManyRecipients', 'Too many recipients for one notification.', {
        max: NOTIFICATION_LIMITS.recipients,
      });
    }
    const now = this.clock();
    const write = async (em: EntityManager): Promise<DomainEvent[]> => {
      const recipients = await em.find(User, { id: { $in: ids }, deletedAt: null });
      const created: DomainEvent[] = [];
      for (const recipient of recipients) {
        const notification = em.create(Notification, {
          recipient,
          kind: checkedKind,
          params: checkedParams,
          link: checkedLink,
          createdAt: now,
        });
        for (const channel of NOTIFICATION_CHANNELS) {
          em.create(NotificationOutboxEntry, { notification, channel, nextAttemptAt: now, createdAt: now });
        }
        created.push({ type: 'notification.created', notificationId: notification.id, recipientId: recipient.id });
      }
      await em.flush();
      return created;
    };
    if (this.em.isInTransaction()) {
      const created = await write(this.em);
      this.afterCommit(created);
    } else {
      const created = await this.em.transactional(write);
      created.forEach((event) => this.events.publish(event));
    }
  }

  /** Her notifications, newest first, one bounded page at a time. */
  async page(
    actor: User,
    first: number = NOTIFICATION_PAGE_DEFAULT,
    after: string | null = null,
  ): Promise<NotificationPage> {
    if (!Number.isInteger(first) || first < 1 || first > NOTIFICATION_PAGE_MAX) {
      throw new BadUserInputError('notification.pageSize', 'Ask for between 1 and {{max}} notifications.', {
        max: NOTIFICATION_PAGE_MAX,
      });
    }
    const cursor = after ? decodeCursor(after) : null;
    const rows = await this.em.find(
      Notification,
      cursor
        ? {
            recipient: actor.id,
            $or: [{ createdAt: { $lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { $lt: cursor.id } }],
          }
        : { recipient: actor.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first + 1 },
    );
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return { nodes, nextCursor: rows.length > first && last ? encodeCursor(last) : null };
  }

  async unreadCount(userId: string): Promise<number> {
    return this.em.count(Notification, { recipient: userId, readAt: null });
  }

  /** Marks those of the given notifications that are hers; others' ids change nothing. Returns her unread count. */
  async markRead(actor: User, ids: string[]): Promise<number> {
    if (ids.length > NOTIFICATION_LIMITS.markRead) {
      throw new BadUserInputError('notification.tooManyIds', 'Mark at most {{max}} notifications at once.', {
        max: NOTIFICATION_LIMITS.markRead,
      });
    }
    if (ids.length === 0) return this.unreadCount(actor.id);
    return this.markWhere(actor, { id: { $in: [...new Set(ids)] } });
  }

  async markAllRead(actor: User): Promise<number> {
    return this.markWhere(actor, {});
  }

  private async markWhere(actor: User, which: { id?: { $in: string[] } }): Promise<number> {
    const now = this.clock();
    const { changed, unread } = await this.em.transactional(async (em) => {
      const changed = await em.nativeUpdate(
        Notification,
        { ...which, recipient: actor.id, readAt: null },
        { readAt: now },
      );
      const unread = await em.count(Notification, { recipient: actor.id, readAt: null });
      return { changed, unread };
    });
    // Her other devices update their bell.
    if (changed > 0) this.events.publish({ type: 'notification.unread', userId: actor.id, unreadCount: unread });
    return unread;
  }

  /** Events wait for the caller's transaction: sent once it commits, never if it rolls back. */
  private afterCommit(events: DomainEvent[]): void {
    if (events.length === 0) return;
    const publisher = this.events;
    let settled = false;
    this.em.getEventManager().registerSubscriber({
      afterTransactionCommit: () => {
        if (!settled) events.forEach((event) => publisher.publish(event));
        settled = true;
      },
      afterTransactionRollback: () => {
        settled = true;
      },
    });
  }
}

function encodeCursor(notification: Notification): string {
  return Buffer.from(`${notification.createdAt.getTime()}:${notification.id}`).toString('base64url');
}

const CURSOR = /^(\d{1,15}):([0-9a-f-]{36})$/;

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const match = cursor.length <= 80 ? CURSOR.exec(Buffer.from(cursor, 'base64url').toString()) : null;
  if (!match?.[1] || !match[2]) {
    throw new BadUserInputError('notification.invalidCursor', 'This page of notifications does not exist.');
  }
  return { createdAt: new Date(Number(match[1])), id: match[2] };
}
