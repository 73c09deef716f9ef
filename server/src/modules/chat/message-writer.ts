// Group commit for chat messages. Messages that arrive while a write is in progress are written
// together by the next transaction, so that one commit (one fsync) stores many of them. Each message is
// still stored before its sender is acknowledged, checked on its own (member, open, not blocked), and
// numbered under its conversation's write lock. See docs/decisions/0004-chat-group-commit.md.
import type { ChatMessage, ConversationKind } from '@aliadas/shared';
import {
  DeadlockException,
  LockWaitTimeoutException,
  UniqueConstraintViolationException,
  type MikroORM,
} from '@mikro-orm/core';
import { BaseSqlitePlatform, type EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { takeWriteLock } from '../../db/write-lock.js';
import { ConflictError, ForbiddenError, NotFoundError, type AppError } from '../../errors.js';
import type { Message } from './message.entity.js';

export interface MessageDraft {
  senderId: string;
  conversationId: string;
  clientMessageId: string;
  /** Already checked and trimmed by the ChatService. */
  body: string;
}

export interface WrittenMessage {
  message: ChatMessage;
  /** False when a message with this clientMessageId was already stored: this is that message. */
  created: boolean;
  /** Every member's unread count right after this message (0 for the sender). */
  unread: { userId: string; unreadCount: number }[];
}

export interface MessageWriterOptions {
  /** Messages in one transaction, at most. */
  maxBatch?: number;
  /** Transactions in flight at once, each for its own share of the conversations: 1 for SQLite (one
   * writer), a few for PostgreSQL. */
  concurrency?: number;
}

type Outcome = { ok: true; value: WrittenMessage } | { ok: false; error: unknown };

interface Pending {
  draft: MessageDraft;
  resolve(written: WrittenMessage): void;
  reject(error: unknown): void;
}

interface MemberRow {
  id: string;
  conversation: string;
  user: string;
  lastReadSeq: number;
}

const LOCK_RETRIES = 3;

interface Lane {
  queue: Pending[];
  writing: boolean;
  scheduled: boolean;
}

export class MessageWriter {
  private readonly lanes: Lane[];
  private readonly maxBatch: number;

  constructor(
    private readonly orm: MikroORM,
    options: MessageWriterOptions = {},
    private readonly now: () => Date = () => new Date(),
  ) {
    this.maxBatch = options.maxBatch ?? 256;
    this.lanes = Array.from({ length: Math.max(options.concurrency ?? 1, 1) }, () => ({
      queue: [],
      writing: false,
      scheduled: false,
    }));
  }

  /** Resolves once the message is committed (or was already stored); rejects with why it was refused. */
  write(draft: MessageDraft): Promise<WrittenMessage> {
    // One lane per conversation: batches written side by side never wait for each other's locks.
    const lane = this.lanes[laneOf(draft.conversationId, this.lanes.length)]!;
    return new Promise((resolve, reject) => {
      lane.queue.push({ draft, resolve, reject });
      this.schedule(lane);
    });
  }

  /**
   * Starts the lane's next batch after the I/O callbacks that are ready have run: messages that
   * arrived together are written together. (SQLite's driver is synchronous: started at once, a batch
   * would run to its end before the next message is even read, and every batch would hold one.)
   */
  private schedule(lane: Lane): void {
    if (lane.scheduled || lane.writing || lane.queue.length === 0) return;
    lane.scheduled = true;
    setImmediate(() => {
      lane.scheduled = false;
      lane.writing = true;
      void this.settle(lane.queue.splice(0, this.maxBatch)).finally(() => {
        lane.writing = false;
        this.schedule(lane);
      });
    });
  }

  private async settle(batch: Pending[]): Promise<void> {
    let outcomes: Outcome[];
    try {
      outcomes = await this.writeWithRetries(
        batch.map((p) => p.draft),
        false,
      ).catch((error: unknown) => {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        // A retry of a message already stored (its acknowledgement was lost): look for stored ones first.
        return this.writeWithRetries(
          batch.map((p) => p.draft),
          true,
        );
      });
    } catch (error) {
      if (batch.length > 1 && error instanceof UniqueConstraintViolationException) {
        // Stored at this very moment by another connection or instance: one by one, only that message's
        // sender learns it.
        for (const pending of batch) await this.settle([pending]);
        return;
      }
      for (const pending of batch) pending.reject(error);
      return;
    }
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) batch[i]!.resolve(outcome.value);
      else batch[i]!.reject(outcome.error);
    });
  }

  private async writeWithRetries(drafts: MessageDraft[], lookForStored: boolean): Promise<Outcome[]> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.orm.em
          .fork()
          .transactional((em) => this.writeBatch(em as SqlEntityManager, drafts, lookForStored));
      } catch (error) {
        // A deadlock (PostgreSQL) or a lock held too long by another process (SQLite): try again.
        const contention = error instanceof DeadlockException || error instanceof LockWaitTimeoutException;
        if (!contention || attempt >= LOCK_RETRIES) throw error;
      }
    }
  }

  // Plain SQL shared by SQLite and PostgreSQL: a batch is a handful of statements whatever its size,
  // and the ORM's per-row work would cost more than the database's.
  private async writeBatch(em: SqlEntityManager, drafts: MessageDraft[], lookForStored: boolean): Promise<Outcome[]> {
    const now = this.now();
    const dbNow = em.getPlatform().processDateProperty(now) as unknown;
    if (lookForStored) await takeWriteLock(em);
    const stored = lookForStored ? await findStored(em, drafts) : [];
    const fresh = drafts.filter((d) => !stored.some((m) => sameKey(m, d)));
    const wanted = new Map<string, number>();
    for (const draft of fresh) wanted.set(draft.conversationId, (wanted.get(draft.conversationId) ?? 0) + 1);
    const conversationIds = [...wanted.keys()].sort();

    const senderIds = [...new Set(fresh.map((d) => d.senderId))];
    const { reserved, related } = await reserve(em, conversationIds, wanted, senderIds);
    const conversations = new Map(
      reserved.map((c) => [
        c.id,
        { ...c, firstSeq: Number(c.last_seq) - wanted.get(c.id)! + 1, reserved: wanted.get(c.id)!, used: 0 },
      ]),
    );
    const membersOf = new Map<string, MemberRow[]>();
    const blocked = new Set<string>();
    for (const row of related) {
      if (row.k === 'b') {
        blocked.add(`${row.a}>${row.b}`).add(`${row.b}>${row.a}`);
      } else {
        const member = { id: row.a, conversation: row.b, user: row.c!, lastReadSeq: Number(row.n) };
        membersOf.set(member.conversation, [...(membersOf.get(member.conversation) ?? []), member]);
      }
    }

    const outcomes: Outcome[] = [];
    const firstOfKey = new Map<string, number>();
    const rows: unknown[][] = [];
    const readSeqs = new Map<string, number>();
    const refused: number[] = [];
    for (const [index, draft] of drafts.entries()) {
      const earlier = stored.find((m) => sameKey(m, draft));
      if (earlier) {
        outcomes.push(
          earlier.conversationId === draft.conversationId ? already(earlier) : { ok: false, error: reused() },
        );
        continue;
      }
      const key = `${draft.senderId}\n${draft.clientMessageId}`;
      const twin = firstOfKey.get(key);
      if (twin !== undefined) {
        // The same message twice in one batch (a retry from another device): both get the first.
        const first = outcomes[twin]!;
        outcomes.push(
          first.ok && drafts[twin]!.conversationId === draft.conversationId
            ? { ok: true, value: { ...first.value, created: false } }
            : first.ok
              ? { ok: false, error: reused() }
              : first,
        );
        continue;
      }
      firstOfKey.set(key, index);
      const conversation = conversations.get(draft.conversationId);
      const everyone = membersOf.get(draft.conversationId) ?? [];
      const me = everyone.find((m) => m.user === draft.senderId);
      const refusal =
        !conversation || !me
          ? new NotFoundError('Conversation')
          : conversation.closed_at !== null && conversation.closed_at !== undefined
            ? closed()
            : conversation.kind === 'MATCH' &&
                everyone.some((m) => m !== me && blocked.has(`${draft.senderId}>${m.user}`))
              ? new ForbiddenError('chat.blocked', 'Messages cannot be sent in this conversation.')
              : null;
      if (refusal || !conversation || !me) {
        refused.push(index);
        outcomes.push({ ok: false, error: refusal });
        continue;
      }
      const seq = conversation.firstSeq + conversation.used;
      conversation.used += 1;
      // Writing is reading: her own message does not count as unread for her.
      me.lastReadSeq = seq;
      readSeqs.set(me.id, seq);
      const id = randomUUID();
      rows.push([id, draft.conversationId, seq, draft.senderId, draft.clientMessageId, draft.body, dbNow]);
      outcomes.push({
        ok: true,
        value: {
          message: {
            id,
            conversationId: draft.conversationId,
            seq,
            senderId: draft.senderId,
            clientMessageId: draft.clientMessageId,
            body: draft.body,
            createdAt: now.toISOString(),
          },
          created: true,
          // In a circle a block hides her messages from the other one (either way): not delivered to her.
          unread: everyone
            .filter((m) => m === me || !blocked.has(`${draft.senderId}>${m.user}`))
            .map((m) => ({ userId: m.user, unreadCount: Math.max(seq - m.lastReadSeq, 0) })),
        },
      });
    }

    if (refused.length > 0) {
      // Give back numbers reserved for refused messages, so that the sequence has no holes.
      const corrected = [...conversations.values()].filter((c) => c.used < c.reserved);
      await setIntegers(
        em,
        'conversations',
        'last_seq',
        new Map(corrected.map((c) => [c.id, c.firstSeq + c.used - 1])),
      );
      // A refused retry of a message stored before (say, before the conversation closed) gets that message.
      const late = await findStored(
        em,
        refused.map((i) => drafts[i]!),
      );
      for (const i of refused) {
        const earlier = late.find((m) => sameKey(m, drafts[i]!));
        if (earlier)
          outcomes[i] =
            earlier.conversationId === drafts[i]!.conversationId ? already(earlier) : { ok: false, error: reused() };
      }
    }
    if (rows.length === 0) return outcomes;
    const touched = [...conversations.values()].filter((c) => c.used > 0).map((c) => c.id);
    await store(em, rows, touched, readSeqs, dbNow);
    return outcomes;
  }
}

interface ReservedRow {
  id: string;
  last_seq: number;
  closed_at: unknown;
  kind: ConversationKind;
}

/** A member (`k` = 'm': id, conversation, user, last read seq) or a block (`k` = 'b': who, whom). */
interface RelatedRow {
  k: string;
  a: string;
  b: string;
  c: string | null;
  n: number | null;
}

/**
 * Reserves `wanted` numbers in each conversation, under the write locks that hold until commit (the
 * conversations' rows on PostgreSQL, the database on SQLite, waited for by busy_timeout rather than
 * refused halfway), and reads the conversations, their members and the senders' blocks.
 */
async function reserve(
  em: SqlEntityManager,
  conversationIds: string[],
  wanted: Map<string, number>,
  senderIds: string[],
): Promise<{ reserved: ReservedRow[]; related: RelatedRow[] }> {
  if (conversationIds.length === 0) return { reserved: [], related: [] };
  const counts = [...conversationIds.flatMap((id) => [id, wanted.get(id)!])];
  if (!isSqlite(em)) {
    // One round trip: the update in a WITH, the reads beside it.
    const rows = await em.execute<(RelatedRow & { d: unknown })[]>(
      `with "wanted" ("id", "n") as (values ${conversationIds.map(() => '(cast(? as uuid), cast(? as integer))').join(', ')}), ` +
        `"bumped" as (update "conversations" as "c" set "last_seq" = "c"."last_seq" + "w"."n" from "wanted" as "w" ` +
        `where "c"."id" = "w"."id" returning "c"."id", "c"."last_seq", "c"."closed_at", "c"."kind") ` +
        `select 'c' as "k", cast("id" as text) as "a", cast("kind" as text) as "b", null as "c", "last_seq" as "n", "closed_at" as "d" from "bumped" ` +
        `union all select 'm', cast("id" as text), cast("conversation_id" as text), cast("user_id" as text), "last_read_seq", null ` +
        `from "conversation_members" where "conversation_id" in (select "id" from "wanted") ` +
        `union all select 'b', cast("user_id" as text), cast("blocked_user_id" as text), null, null, null from "blocks" ` +
        `where "user_id" in (${marks(senderIds)}) or "blocked_user_id" in (${marks(senderIds)})`,
      [...counts, ...senderIds, ...senderIds],
    );
    return {
      reserved: rows
        .filter((r) => r.k === 'c')
        .map((r) => ({ id: r.a, last_seq: Number(r.n), closed_at: r.d, kind: r.b as ConversationKind })),
      related: rows.filter((r) => r.k !== 'c'),
    };
  }
  // (No RETURNING: SQLite's driver can leave such a statement open when the lock wait runs out.)
  await em.execute(
    `update "conversations" set "last_seq" = "last_seq" + case "id" ${conversationIds.map(() => 'when ? then cast(? as integer)').join(' ')} else 0 end ` +
      `where "id" in (${marks(conversationIds)})`,
    [...counts, ...conversationIds],
    'run',
  );
  const reserved = await em.execute<ReservedRow[]>(
    `select "id", "last_seq", "closed_at", "kind" from "conversations" where "id" in (${marks(conversationIds)})`,
    conversationIds,
  );
  const related = await em.execute<RelatedRow[]>(
    `select 'm' as "k", "id" as "a", "conversation_id" as "b", "user_id" as "c", "last_read_seq" as "n" ` +
      `from "conversation_members" where "conversation_id" in (${marks(conversationIds)}) ` +
      `union all select 'b', "user_id", "blocked_user_id", null, null from "blocks" ` +
      `where "user_id" in (${marks(senderIds)}) or "blocked_user_id" in (${marks(senderIds)})`,
    [...conversationIds, ...senderIds, ...senderIds],
  );
  return { reserved, related };
}

/** Inserts the messages, marks the conversations active and the senders' reads. */
async function store(
  em: SqlEntityManager,
  rows: unknown[][],
  touched: string[],
  readSeqs: Map<string, number>,
  dbNow: unknown,
): Promise<void> {
  const insert =
    `insert into "messages" ("id", "conversation_id", "seq", "sender_id", "client_message_id", "body", "created_at") ` +
    `values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`;
  const activity = `update "conversations" set "last_activity_at" = ? where "id" in (${marks(touched)})`;
  const reads = [...readSeqs.entries()];
  const read =
    `update "conversation_members" set "last_read_seq" = case "id" ${reads.map(() => 'when ? then cast(? as integer)').join(' ')} ` +
    `else "last_read_seq" end where "id" in (${marks(reads)})`;
  const readParams = [...reads.flat(), ...reads.map(([id]) => id)];
  if (!isSqlite(em)) {
    // One round trip: PostgreSQL runs every data-modifying WITH to completion.
    await em.execute(`with "inserted" as (${insert}), "active" as (${activity}), "read" as (${read}) select 1`, [
      ...rows.flat(),
      dbNow,
      ...touched,
      ...readParams,
    ]);
    return;
  }
  await em.execute(insert, rows.flat(), 'run');
  await em.execute(activity, [dbNow, ...touched], 'run');
  await em.execute(read, readParams, 'run');
}

function isSqlite(em: SqlEntityManager): boolean {
  return em.getPlatform() instanceof BaseSqlitePlatform;
}

function laneOf(conversationId: string, lanes: number): number {
  let hash = 0;
  for (let i = 0; i < conversationId.length; i += 1) hash = (hash * 31 + conversationId.charCodeAt(i)) >>> 0;
  return hash % lanes;
}

function marks(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

function sameKey(a: { senderId: string; clientMessageId: string }, b: { senderId: string; clientMessageId: string }) {
  return a.senderId === b.senderId && a.clientMessageId === b.clientMessageId;
}

function already(message: ChatMessage): Outcome {
  return { ok: true, value: { message, created: false, unread: [] } };
}

/** Messages already stored under these drafts' (sender, clientMessageId). */
async function findStored(em: SqlEntityManager, drafts: MessageDraft[]): Promise<ChatMessage[]> {
  if (drafts.length === 0) return [];
  const rows = await em.execute<
    {
      id: string;
      conversation_id: string;
      seq: number;
      sender_id: string;
      client_message_id: string;
      body: string;
      created_at: string | number | Date;
    }[]
  >(
    `select "id", "conversation_id", "seq", "sender_id", "client_message_id", "body", "created_at" from "messages" where ` +
      drafts.map(() => '("sender_id" = ? and "client_message_id" = ?)').join(' or '),
    drafts.flatMap((d) => [d.senderId, d.clientMessageId]),
  );
  return rows.map((r) => ({
    id: r.id,
    conversationId: r.conversation_id,
    seq: Number(r.seq),
    senderId: r.sender_id,
    clientMessageId: r.client_message_id,
    body: r.body,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** One UPDATE for many rows: `column` set per id, with plain SQL that SQLite and PostgreSQL share. */
async function setIntegers(
  em: SqlEntityManager,
  table: string,
  column: string,
  values: Map<string, number>,
): Promise<void> {
  if (values.size === 0) return;
  const entries = [...values.entries()];
  const cases = entries.map(() => 'when ? then cast(? as integer)').join(' ');
  const ids = entries.map(() => '?').join(', ');
  await em.execute(
    `update "${table}" set "${column}" = case "id" ${cases} else "${column}" end where "id" in (${ids})`,
    [...entries.flatMap(([id, value]) => [id, value]), ...entries.map(([id]) => id)],
    'run',
  );
}

export function toChatMessage(message: Message): ChatMessage {
  return {
    id: message.id,
    conversationId: message.conversationId,
    seq: message.seq,
    senderId: message.senderId,
    clientMessageId: message.clientMessageId,
    body: message.body,
    createdAt: message.createdAt.toISOString(),
    ...(message.redactedAt ? { redacted: true } : {}),
    ...(message.removedAt ? { removed: true } : {}),
    ...(message.hiddenForReader ? { hidden: true } : {}),
    ...(message.voiceNoteInfo ? { voiceNote: { ...message.voiceNoteInfo } } : {}),
  };
}

function reused(): AppError {
  return new ConflictError('chat.clientMessageIdReused', 'This message id was already used for another message.');
}

function closed(): AppError {
  return new ConflictError(
    'chat.conversationClosed',
    'This conversation has ended: it can be read but not written to.',
  );
}
