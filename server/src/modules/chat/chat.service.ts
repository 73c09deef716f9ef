// The rules of chat: conversations, messages and their numbering, read state, typing and blocks.
// Called by GraphQL resolvers, socket handlers and the matching feature alike.
import {
  CLIENT_MESSAGE_ID_PATTERN,
  MESSAGE_MAX_LENGTH,
  MESSAGE_PAGE_MAX,
  messageLength,
  type ChatMessage,
  type ConversationKind,
} from '@aliadas/shared';
import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { BaseSqlitePlatform, type EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import type { DomainEvent, DomainEventPublisher } from '../../domain-events.js';
import { takeWriteLock } from '../../db/write-lock.js';
import { BadUserInputError, NotFoundError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Block } from './block.entity.js';
import { isUuid, ownMembership } from './chat.policy.js';
import { ConversationMember } from './conversation-member.entity.js';
import { Conversation } from './conversation.entity.js';
import { Message } from './message.entity.js';
import type { MessageRateLimiter } from './message-rate-limiter.js';
import { toChatMessage, type MessageWriter, type WrittenMessage } from './message-writer.js';
import { VoiceNoteService } from './voice-note.service.js';

export interface ChatDependencies {
  events: DomainEventPublisher;
  messageRateLimiter: MessageRateLimiter;
  /** Shared by the whole process: it writes the messages of many senders in one transaction. */
  messageWriter: MessageWriter;
}

export interface SendMessageInput {
  conversationId: string;
  clientMessageId: string;
  body: string;
}

export interface SentMessageResult {
  message: ChatMessage;
  /** False when this clientMessageId was already stored: the stored message is returned. */
  created: boolean;
}

export interface MessagePageRequest {
  /** Messages with a smaller seq than this (older), newest last. */
  before?: number | null;
  /** Messages with a greater seq than this (newer), oldest first. Wins over `before`. */
  after?: number | null;
  limit?: number;
}

export interface MessagePageResult {
  messages: Message[];
  hasMore: boolean;
}

export interface SyncResultData {
  conversationId: string;
  messages: ChatMessage[];
  hasMore: boolean;
  lastSeq: number;
  readSeqs: { userId: string; seq: number }[];
  deliveredSeqs: { userId: string; seq: number }[];
}

export interface ReadState {
  conversationId: string;
  seq: number;
  unreadCount: number;
}

export interface ConversationParticipantData {
  userId: string;
  displayName: string;
  lastReadSeq: number;
}

/** A conversation as one of its members sees it. */
export interface ConversationViewData {
  id: string;
  kind: ConversationKind;
  matchId: string | null;
  createdAt: Date;
  closedAt: Date | null;
  lastSeq: number;
  lastActivityAt: Date;
  lastReadSeq: number;
  unreadCount: number;
  lastMessage: Message | null;
  members: ConversationParticipantData[];
  blockedByMe: boolean;
  canSend: boolean;
}

export interface BlockedPersonData {
  userId: string;
  displayName: string;
  blockedAt: Date;
}

export interface BlockPair {
  userId: string;
  blockedUserId: string;
}

interface Membership {
  conversation: Conversation;
  members: ConversationMember[];
  me: ConversationMember;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Both databases are reached through knex: its query builder reads a few columns without entities. */
function sql(em: EntityManager): SqlEntityManager {
  return em as SqlEntityManager;
}

export class ChatService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: ChatDependencies,
    private readonly requestId: string | null = null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // Conversations of matches: called by the matching feature when a match becomes ACTIVE or ends.

  /**
   * The conversation of a match, opened on the first call; later calls return it (and add anyone
   * missing). May run inside the caller's transaction: members are told once that commits.
   */
  async openConversationForMatch(matchId: string, userIds: string[]): Promise<Conversation> {
    const memberIds = [...new Set(userIds)];
    if (!matchId || matchId.length > 64) throw new BadUserInputError('chat.badMatchId', 'A match id is needed.');
    if (memberIds.length < 2 || !memberIds.every(isUuid)) {
      throw new BadUserInputError('chat.tooFewMembers', 'A conversation needs at least two people.');
    }
    const open = () =>
      this.em.transactional(async (em) => {
        await takeWriteLock(em);
        const now = this.now();
        let conversation: Conversation | null = await em.findOne(
          Conversation,
          { matchId },
          { populate: ['members'], refresh: true },
        );
        if (!conversation) {
          conversation = em.create(Conversation, { kind: 'MATCH', matchId, createdAt: now, lastActivityAt: now });
        }
        const present = new Set(conversation.members.getItems().map((m) => m.user.id));
        const added = memberIds.filter((id) => !present.has(id));
        for (const userId of added) {
          em.create(ConversationMember, { conversation, user: em.getReference(User, userId), joinedAt: now });
        }
        await em.flush();
        return { conversation, added, allIds: [...present, ...added] };
      });
    let result: Awaited<ReturnType<typeof open>>;
    try {
      result = await open();
    } catch (error) {
      // Two calls for the same match at once: the second finds what the first wrote.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      result = await open();
    }
    if (result.added.length > 0) {
      this.publish({
        type: 'conversation.opened',
        conversationId: result.conversation.id,
        kind: result.conversation.kind,
        matchId,
        memberIds: result.allIds,
      });
    }
    return result.conversation;
  }

  /** Makes the match's conversation read-only; nothing happens if it has none or it is already closed. */
  closeConversationForMatch(matchId: string): Promise<void> {
    return this.close({ matchId });
  }

  private async close(where: { matchId: string } | { id: string }): Promise<void> {
    const closed = await this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const conversation = await em.findOne(Conversation, where, { populate: ['members'], refresh: true });
      if (!conversation || conversation.closedAt) return null;
      conversation.closedAt = this.now();
      await em.flush();
      return { conversation, memberIds: conversation.members.getItems().map((m) => m.user.id) };
    });
    if (closed) {
      this.publish({
        type: 'conversation.closed',
        conversationId: closed.conversation.id,
        closedAt: closed.conversation.closedAt!,
        memberIds: closed.memberIds,
      });
    }
  }

  async conversationsOf(userId: string, limit = 50, offset = 0): Promise<ConversationViewData[]> {
    const mine = await this.em.find(
      ConversationMember,
      { user: userId },
      {
        populate: ['conversation'],
        orderBy: { conversation: { lastActivityAt: 'desc', id: 'asc' } },
        limit: Math.min(Math.max(limit, 1), 200),
        offset: Math.max(offset, 0),
      },
    );
    return this.views(userId, mine);
  }

  async conversation(userId: string, conversationId: string): Promise<ConversationViewData> {
    const membership = await this.membership(userId, conversationId);
    const [view] = await this.views(userId, [membership.me]);
    return view!;
  }

  // Messages.

  /**
   * Stores a message, then announces it. A retry with the same clientMessageId (also while the first
   * attempt is still being written, or on another instance) returns the stored message, writes nothing.
   */
  async sendMessage(
    senderId: string,
    input: SendMessageInput,
    options: { originSocketId?: string } = {},
  ): Promise<SentMessageResult> {
    const body = input.body.trim();
    // A voice message: its recording was uploaded first under the same clientMessageId. Ids that could
    // never name one (PostgreSQL refuses a NUL in text) are not looked up; they are refused below.
    const voiceNote =
      isUuid(input.conversationId) && CLIENT_MESSAGE_ID_PATTERN.test(input.clientMessageId)
        ? await this.voiceNotes.forMessage(senderId, input.conversationId, input.clientMessageId)
        : null;
    if (!body && !voiceNote) throw new BadUserInputError('chat.emptyMessage', 'Write something before sending.');
    const length = messageLength(body);
    if (length > MESSAGE_MAX_LENGTH) {
      throw new BadUserInputError(
        'chat.messageTooLong',
        `A message can have at most ${MESSAGE_MAX_LENGTH} characters; this one has ${length}.`,
        { max: MESSAGE_MAX_LENGTH, length },
      );
    }
    if (CONTROL_EXCEPT_LINES.test(body)) {
      throw new BadUserInputError('chat.controlCharacters', 'The message has characters that cannot be sent.');
    }
    if (!CLIENT_MESSAGE_ID_PATTERN.test(input.clientMessageId)) {
      throw new BadUserInputError('chat.badClientMessageId', 'Each message needs an id of 8 to 64 letters or digits.');
    }
    if (!isUuid(input.conversationId)) throw new NotFoundError('Conversation');

    try {
      await this.deps.messageRateLimiter.consume(senderId);
    } catch (error) {
      // Over the limit, a retry of a message already stored still gets its answer.
      const stored = await this.storedMessage(senderId, input.clientMessageId);
      if (!stored || stored.conversationId !== input.conversationId) throw error;
      await this.voiceNotes.attach(stored.conversationId, [stored]);
      return { message: toChatMessage(stored), created: false };
    }
    let written: WrittenMessage;
    try {
      written = await this.deps.messageWriter.write({
        senderId,
        conversationId: input.conversationId,
        clientMessageId: input.clientMessageId,
        body,
      });
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // The same message arrived twice at once on two instances: the first one won.
      const raced = await this.storedMessage(senderId, input.clientMessageId);
      if (!raced || raced.conversationId !== input.conversationId) throw error;
      written = { message: toChatMessage(raced), created: false, unread: [] };
    }
    if (voiceNote && !written.message.redacted && !written.message.removed) {
      written = { ...written, message: { ...written.message, voiceNote: { ...voiceNote } } };
    }
    if (!written.created) {
      // A retry costs nothing against the limit.
      await this.deps.messageRateLimiter.refund(senderId);
      return { message: written.message, created: false };
    }
    this.publish({
      type: 'message.created',
      message: written.message,
      unread: written.unread,
      originSocketId: options.originSocketId,
    });
    return { message: written.message, created: true };
  }

  /** Everything after `afterSeq`, oldest first: what a client asks for when it (re)connects. */
  async sync(
    userId: string,
    conversationId: string,
    afterSeq: number,
    limit = MESSAGE_PAGE_MAX,
  ): Promise<SyncResultData> {
    if (!Number.isInteger(afterSeq) || afterSeq < 0) {
      throw new BadUserInputError('chat.badSeq', 'afterSeq must be a whole number, 0 or more.');
    }
    const membership = await this.membership(userId, conversationId);
    const { conversation, members } = membership;
    const page = await this.readerPage(membership, { after: afterSeq, limit });
    return {
      conversationId,
      messages: page.messages.map(toChatMessage),
      hasMore: page.hasMore,
      lastSeq: conversation.lastSeq,
      readSeqs: members.map((m) => ({ userId: m.user.id, seq: m.lastReadSeq })),
      deliveredSeqs: members.map((m) => ({ userId: m.user.id, seq: Math.max(m.lastDeliveredSeq, m.lastReadSeq) })),
    };
  }

  /** Paged history: the newest page by default, then older with `before`, or newer with `after`. */
  async messages(userId: string, conversationId: string, page: MessagePageRequest): Promise<MessagePageResult> {
    return this.readerPage(await this.membership(userId, conversationId), page);
  }

  /**
   * Messages of a conversation without a membership check: for callers that checked another way.
   * `sinceSeq` leaves out everything up to it (what was said in a circle before she joined).
   */
  async page(
    em: EntityManager,
    conversationId: string,
    page: MessagePageRequest,
    sinceSeq = 0,
  ): Promise<MessagePageResult> {
    const limit = Math.min(Math.max(page.limit ?? 50, 1), MESSAGE_PAGE_MAX);
    if (page.after !== undefined && page.after !== null) {
      const rows = await em.find(
        Message,
        { conversation: conversationId, seq: { $gt: Math.max(page.after, sinceSeq) } },
        { orderBy: { seq: 'asc' }, limit: limit + 1 },
      );
      return { messages: rows.slice(0, limit), hasMore: rows.length > limit };
    }
    const seq = {
      ...(page.before !== undefined && page.before !== null ? { $lt: page.before } : {}),
      ...(sinceSeq > 0 ? { $gt: sinceSeq } : {}),
    };
    const rows = await em.find(
      Message,
      { conversation: conversationId, ...(Object.keys(seq).length > 0 ? { seq } : {}) },
      { orderBy: { seq: 'desc' }, limit: limit + 1 },
    );
    return { messages: rows.slice(0, limit).reverse(), hasMore: rows.length > limit };
  }

  /** She has read up to `seq` (never moves back). Others see the receipt; her devices the unread count. */
  async markRead(userId: string, conversationId: string, seq: number): Promise<ReadState> {
    if (!Number.isInteger(seq) || seq < 0) throw new BadUserInputError('chat.badSeq', 'seq must be 0 or more.');
    const { conversation, members, me } = await this.membership(userId, conversationId);
    const target = Math.min(seq, conversation.lastSeq);
    if (target > me.lastReadSeq) {
      await this.em.nativeUpdate(
        ConversationMember,
        { id: me.id, lastReadSeq: { $lt: target } },
        { lastReadSeq: target },
      );
      this.publish({
        type: 'conversation.read',
        conversationId,
        userId,
        seq: target,
        lastSeq: conversation.lastSeq,
        memberIds: members.map((m) => m.user.id),
      });
    }
    const readSeq = Math.max(target, me.lastReadSeq);
    return { conversationId, seq: readSeq, unreadCount: Math.max(conversation.lastSeq - readSeq, 0) };
  }

  /**
   * Her device has received the messages up to `seq` (never moves back): the senders see them as
   * delivered. Reading counts as receiving, so this only matters between the two.
   */
  async markDelivered(
    userId: string,
    conversationId: string,
    seq: number,
  ): Promise<{ conversationId: string; seq: number }> {
    if (!Number.isInteger(seq) || seq < 0) throw new BadUserInputError('chat.badSeq', 'seq must be 0 or more.');
    const { conversation, members, me } = await this.membership(userId, conversationId);
    const target = Math.min(seq, conversation.lastSeq);
    const held = Math.max(me.lastDeliveredSeq, me.lastReadSeq);
    if (target > held) {
      // Only one of two racing receipts moves it; the other finds it already there and says nothing.
      const moved = await this.em.nativeUpdate(
        ConversationMember,
        { id: me.id, lastDeliveredSeq: { $lt: target } },
        { lastDeliveredSeq: target },
      );
      if (moved > 0) {
        this.publish({
          type: 'conversation.delivered',
          conversationId,
          userId,
          seq: target,
          memberIds: members.map((m) => m.user.id),
        });
      }
    }
    return { conversationId, seq: Math.max(target, held) };
  }

  /** Tells the others she is (or stopped) typing; silently nothing where she could not write. */
  async typing(userId: string, conversationId: string, typing: boolean): Promise<void> {
    const { conversation, members } = await this.membership(userId, conversationId);
    if (conversation.closedAt) return;
    const others = members.map((m) => m.user.id).filter((id) => id !== userId);
    if (conversation.kind === 'MATCH' && (await this.blockedBetween(this.em, userId, others))) return;
    // In a circle, people who blocked one another do not hear each other type either.
    const hidden = conversation.kind === 'CIRCLE' ? await this.blockedWith(userId) : new Set<string>();
    this.publish({
      type: 'conversation.typing',
      conversationId,
      userId,
      typing,
      memberIds: members.map((m) => m.user.id).filter((id) => !hidden.has(id)),
    });
  }

  // Circles: the circles feature decides who may join, leave or remove; these keep the conversation.

  /** A new, empty conversation for a circle. May run inside the caller's transaction. */
  async openCircleConversation(): Promise<Conversation> {
    const now = this.now();
    const conversation = this.em.create(Conversation, { kind: 'CIRCLE', createdAt: now, lastActivityAt: now });
    await this.em.flush();
    return conversation;
  }

  /**
   * The circle's conversation with its row locked until the caller's transaction ends, so that joins,
   * departures and messages of one circle take turns (and a member cap holds).
   */
  async lockCircleConversation(conversationId: string): Promise<{ conversation: Conversation; memberCount: number }> {
    if (!this.em.isInTransaction()) throw new Error('lockCircleConversation runs inside a transaction');
    await takeWriteLock(this.em);
    const sqlite = this.em.getPlatform() instanceof BaseSqlitePlatform;
    const conversation = await this.em.findOne(
      Conversation,
      { id: conversationId, kind: 'CIRCLE' },
      sqlite ? { refresh: true } : { refresh: true, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!conversation) throw new NotFoundError('Conversation');
    const memberCount = await this.em.count(ConversationMember, { conversation: conversationId });
    return { conversation, memberCount };
  }

  /**
   * Adds her to a circle she may read from the next message on: what was said before stays hidden
   * from her, and nothing counts as unread. Nothing happens if she is in it already.
   */
  async addCircleMember(conversation: Conversation, userId: string): Promise<boolean> {
    const existing = await this.em.findOne(ConversationMember, { conversation: conversation.id, user: userId });
    if (existing) return false;
    const since = conversation.lastSeq;
    this.em.create(ConversationMember, {
      conversation,
      user: this.em.getReference(User, userId),
      joinedAt: this.now(),
      joinedSeq: since,
      lastReadSeq: since,
      lastDeliveredSeq: since,
    });
    await this.em.flush();
    this.publish({
      type: 'conversation.opened',
      conversationId: conversation.id,
      kind: 'CIRCLE',
      matchId: null,
      // Only she is told: the others see her name with her first message.
      memberIds: [userId],
    });
    return true;
  }

  /** Takes her out of a circle's conversation; every device of hers drops it. */
  async removeCircleMember(conversation: Conversation, userId: string): Promise<boolean> {
    const removed = await this.em.nativeDelete(ConversationMember, { conversation: conversation.id, user: userId });
    if (removed === 0) return false;
    this.publish({ type: 'conversation.left', conversationId: conversation.id, userId });
    return true;
  }

  // Interpreters: the interpreters feature decides when one joins a match's conversation and leaves it.

  /** Adds an interpreter who, as in a circle, reads only what is written from now on. */
  async addInterpreterMember(conversation: Conversation, userId: string): Promise<void> {
    const since = conversation.lastSeq;
    this.em.create(ConversationMember, {
      conversation,
      user: this.em.getReference(User, userId),
      joinedAt: this.now(),
      joinedSeq: since,
      lastReadSeq: since,
      lastDeliveredSeq: since,
    });
    await this.em.flush();
    this.publish({
      type: 'conversation.opened',
      conversationId: conversation.id,
      kind: conversation.kind,
      matchId: conversation.matchId ?? null,
      memberIds: [userId],
    });
  }

  /** Takes an interpreter out of the conversation; every device of hers drops it. */
  async removeInterpreterMember(conversationId: string, userId: string): Promise<void> {
    const removed = await this.em.nativeDelete(ConversationMember, { conversation: conversationId, user: userId });
    if (removed > 0) this.publish({ type: 'conversation.left', conversationId, userId });
  }

  /** A circle's message as "message removed" for everyone; the caller checked she may. */
  async removeMessage(message: Message): Promise<void> {
    if (message.removedAt) return;
    message.body = '';
    message.removedAt = this.now();
    await this.em.flush();
    await this.voiceNotes.discardFor(message);
    const members = await this.em.find(ConversationMember, { conversation: message.conversationId });
    this.publish({
      type: 'message.removed',
      conversationId: message.conversationId,
      messageId: message.id,
      seq: message.seq,
      memberIds: members.map((m) => m.user.id),
    });
  }

  /** An archived circle: read-only from now on. */
  closeCircleConversation(conversationId: string): Promise<void> {
    return this.close({ id: conversationId });
  }

  // Blocks.

  async blockUser(blockerId: string, userId: string): Promise<BlockedPersonData> {
    if (userId === blockerId) throw new BadUserInputError('chat.cannotBlockSelf', 'You cannot block yourself.');
    const other = isUuid(userId) ? await this.em.findOne(User, { id: userId }) : null;
    if (!other) throw new NotFoundError('Person');
    const write = () =>
      this.em.transactional(async (em) => {
        await takeWriteLock(em);
        const existing = await em.findOne(Block, { user: blockerId, blockedUser: userId });
        if (existing) return { block: existing, created: false };
        const block = em.create(Block, {
          user: em.getReference(User, blockerId),
          blockedUser: other,
          createdAt: this.now(),
        });
        new AuditService(em, this.requestId).record({
          actor: em.getReference(User, blockerId),
          action: 'person.blocked',
          subjectType: 'User',
          subjectId: userId,
        });
        return { block, created: true };
      });
    let result: Awaited<ReturnType<typeof write>>;
    try {
      result = await write();
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      result = await write();
    }
    if (result.created) this.publish({ type: 'block.changed', userId: blockerId, otherUserId: userId, blocked: true });
    return { userId, displayName: other.displayName, blockedAt: result.block.createdAt };
  }

  async unblockUser(blockerId: string, userId: string): Promise<boolean> {
    if (!isUuid(userId)) return false;
    const removed = await this.em.transactional(async (em) => {
      const count = await em.nativeDelete(Block, { user: blockerId, blockedUser: userId });
      if (count > 0) {
        new AuditService(em, this.requestId).record({
          actor: em.getReference(User, blockerId),
          action: 'person.unblocked',
          subjectType: 'User',
          subjectId: userId,
        });
      }
      return count > 0;
    });
    if (removed) this.publish({ type: 'block.changed', userId: blockerId, otherUserId: userId, blocked: false });
    return removed;
  }

  async blockedPeople(userId: string): Promise<BlockedPersonData[]> {
    const blocks = await this.em.find(
      Block,
      { user: userId },
      { populate: ['blockedUser'], orderBy: { createdAt: 'desc', id: 'asc' } },
    );
    return blocks.map((b) => ({
      userId: b.blockedUser.id,
      displayName: b.blockedUser.displayName,
      blockedAt: b.createdAt,
    }));
  }

  /** Blocks where both people are among `userIds`, in either direction. */
  async blocksAmong(userIds: readonly string[]): Promise<BlockPair[]> {
    const among = new Set(userIds);
    return (await this.blocksInvolving(userIds)).filter((b) => among.has(b.userId) && among.has(b.blockedUserId));
  }

  /** Blocks that involve any of `userIds` (all blocks when undefined), as the matching engine reads them. */
  async blocksInvolving(userIds?: readonly string[]): Promise<BlockPair[]> {
    const qb = sql(this.em).createQueryBuilder(Block).select(['user', 'blockedUser']);
    // Blocks are few; past a few hundred people, reading them all beats a long list of parameters.
    if (userIds && userIds.length <= 500) {
      const ids = userIds.filter(isUuid);
      if (ids.length === 0) return [];
      qb.where({ $or: [{ user: { $in: ids } }, { blockedUser: { $in: ids } }] });
    }
    const rows = await qb.execute<{ user: string; blockedUser: string }[]>('all');
    const pairs = rows.map((r) => ({ userId: r.user, blockedUserId: r.blockedUser }));
    if (!userIds || userIds.length <= 500) return pairs;
    const among = new Set(userIds);
    return pairs.filter((p) => among.has(p.userId) || among.has(p.blockedUserId));
  }

  // Internals.

  /** The people she blocked or who blocked her. */
  private async blockedWith(userId: string): Promise<Set<string>> {
    const pairs = await this.blocksInvolving([userId]);
    return new Set(pairs.map((p) => (p.userId === userId ? p.blockedUserId : p.userId)));
  }

  /** A page as she may read it: in a circle, only since she joined, and blocked people's messages hidden. */
  private async readerPage(membership: Membership, page: MessagePageRequest): Promise<MessagePageResult> {
    const { conversation, me } = membership;
    const result = await this.page(this.em, conversation.id, page, me.joinedSeq);
    const hidden = conversation.kind === 'CIRCLE' ? await this.blockedWith(me.user.id) : new Set<string>();
    const shown =
      hidden.size === 0
        ? result
        : { ...result, messages: result.messages.map((m) => (hidden.has(m.senderId) ? hiddenCopy(m) : m)) };
    await this.voiceNotes.attach(conversation.id, shown.messages);
    return shown;
  }

  private get voiceNotes(): VoiceNoteService {
    return new VoiceNoteService(this.em);
  }

  private storedMessage(senderId: string, clientMessageId: string): Promise<Message | null> {
    return this.em.findOne(Message, { sender: senderId, clientMessageId }, { refresh: true });
  }

  private async blockedBetween(em: EntityManager, userId: string, others: string[]): Promise<boolean> {
    if (others.length === 0) return false;
    const count = await em.count(Block, {
      $or: [
        { user: userId, blockedUser: { $in: others } },
        { user: { $in: others }, blockedUser: userId },
      ],
    });
    return count > 0;
  }

  /** Her membership with the conversation and all its members; NOT_FOUND for anyone else. */
  private async membership(userId: string, conversationId: string): Promise<Membership> {
    if (!isUuid(conversationId)) throw new NotFoundError('Conversation');
    const members = await this.em.find(
      ConversationMember,
      { conversation: conversationId },
      { populate: ['conversation'], refresh: true },
    );
    const me = ownMembership(members, userId);
    if (!me) throw new NotFoundError('Conversation');
    return { conversation: me.conversation, members, me };
  }

  private async views(userId: string, mine: ConversationMember[]): Promise<ConversationViewData[]> {
    if (mine.length === 0) return [];
    const conversations = mine.map((m) => m.conversation);
    const ids = conversations.map((c) => c.id);
    const everyone = await this.em.find(ConversationMember, { conversation: { $in: ids } }, { populate: ['user'] });
    const withMessages = conversations.filter((c) => c.lastSeq > 0);
    const lastMessages =
      withMessages.length > 0
        ? await this.em.find(Message, { $or: withMessages.map((c) => ({ conversation: c.id, seq: c.lastSeq })) })
        : [];
    const blocks = await this.em.find(Block, { $or: [{ user: userId }, { blockedUser: userId }] });
    const iBlocked = new Set(blocks.filter((b) => b.user.id === userId).map((b) => b.blockedUser.id));
    const blockedMe = new Set(blocks.filter((b) => b.blockedUser.id === userId).map((b) => b.user.id));
    // In a circle, what people she blocked (or who blocked her) write is not hers to read: not unread either.
    const hiddenSenders = [...iBlocked, ...blockedMe];
    const circleUnread = new Map<string, number>();
    if (hiddenSenders.length > 0) {
      for (const m of mine) {
        const c = m.conversation;
        if (c.kind !== 'CIRCLE' || c.lastSeq <= m.lastReadSeq) continue;
        const seen = await this.em.count(Message, {
          conversation: c.id,
          seq: { $gt: m.lastReadSeq },
          sender: { $nin: hiddenSenders },
        });
        circleUnread.set(c.id, seen);
      }
    }
    return mine.map((membership) => {
      const c = membership.conversation;
      const members = everyone.filter((m) => m.conversation.id === c.id);
      const others = members.filter((m) => m.user.id !== userId).map((m) => m.user.id);
      const blockedByMe = others.some((id) => iBlocked.has(id));
      const blocked = c.kind === 'MATCH' && (blockedByMe || others.some((id) => blockedMe.has(id)));
      const last = lastMessages.find((m) => m.conversationId === c.id);
      const lastMessage =
        !last || last.seq <= membership.joinedSeq
          ? null
          : c.kind === 'CIRCLE' && (iBlocked.has(last.senderId) || blockedMe.has(last.senderId))
            ? hiddenCopy(last)
            : last;
      return {
        id: c.id,
        kind: c.kind,
        matchId: c.matchId ?? null,
        createdAt: c.createdAt,
        closedAt: c.closedAt ?? null,
        lastSeq: c.lastSeq,
        lastActivityAt: c.lastActivityAt,
        lastReadSeq: membership.lastReadSeq,
        unreadCount: circleUnread.get(c.id) ?? Math.max(c.lastSeq - membership.lastReadSeq, 0),
        lastMessage,
        members: members.map((m) => ({
          userId: m.user.id,
          displayName: m.user.displayName,
          lastReadSeq: m.lastReadSeq,
        })),
        blockedByMe,
        canSend: !c.closedAt && !blocked,
      };
    });
  }

  /**
   * Announces an event once it is durable: at once after this service's own transaction, or — when
   * called inside a caller's transaction (matching opens a conversation as it activates a match) — once
   * that commits, and never if it rolls back.
   */
  private publish(event: DomainEvent): void {
    if (!this.em.isInTransaction()) {
      this.deps.events.publish(event);
      return;
    }
    const events = this.deps.events;
    let settled = false;
    this.em.getEventManager().registerSubscriber({
      afterTransactionCommit: () => {
        if (!settled) events.publish(event);
        settled = true;
      },
      afterTransactionRollback: () => {
        settled = true;
      },
    });
  }
}

/** What a reader sees of a message whose sender she blocked, or who blocked her, in a circle: its place. */
function hiddenCopy(message: Message): Message {
  return Object.assign(new Message(), {
    id: message.id,
    conversation: message.conversation,
    seq: message.seq,
    sender: message.sender,
    clientMessageId: message.clientMessageId,
    body: '',
    createdAt: message.createdAt,
    redactedAt: message.redactedAt ?? null,
    removedAt: message.removedAt ?? null,
    hiddenForReader: true,
  });
}
