import type { ChatMessage } from '@aliadas/shared';
import { describe, expect, it } from 'vitest';
import {
  messagesAnswer,
  messagesKey,
  recentConversationIds,
  SAVED_CONVERSATIONS,
  SAVED_MESSAGES_PER_CONVERSATION,
  savedKeyOf,
  staleKeys,
} from './offline-data';
import { OfflineKeeper, type SavedRecords } from './offline-store';

/** IndexedDB's part the keeper uses, in memory (the tests run in Node); `destroy` is counted. */
class MemoryRecords implements SavedRecords {
  readonly items = new Map<string, unknown>();
  destroyed = 0;
  async get(key: string) {
    return structuredClone(this.items.get(key));
  }
  async put(key: string, value: unknown) {
    this.items.set(key, structuredClone(value));
  }
  async remove(keys: readonly string[]) {
    for (const key of keys) this.items.delete(key);
  }
  async keys() {
    return [...this.items.keys()];
  }
  async destroy() {
    this.destroyed += 1;
    this.items.clear();
  }
}

const me = (id: string | null) => ({ me: id ? { __typename: 'User', id, displayName: 'Ana' } : null });
const list = (...conversations: { id: string; lastActivityAt: string }[]) => ({ conversations });
const message = (seq: number, conversationId = 'c1'): ChatMessage => ({
  id: `m${seq}`,
  conversationId,
  seq,
  senderId: 'u1',
  clientMessageId: `client-message-id-${String(seq).padStart(4, '0')}`,
  body: `mensaje ${seq}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
});

describe('what is kept for offline reading', () => {
  it('keeps her account, her list, a conversation and its newest page, emergency lines, nothing else', () => {
    expect(savedKeyOf('Me', {})).toBe('Me');
    expect(savedKeyOf('Conversations', {})).toBe('Conversations');
    expect(savedKeyOf('Conversation', { id: 'c1' })).toBe('Conversation:c1');
    expect(savedKeyOf('Messages', { conversationId: 'c1', limit: 30 })).toBe('Messages:c1');
    expect(savedKeyOf('Messages', { conversationId: 'c1', limit: 30, before: 12 })).toBeNull();
    expect(savedKeyOf('EmergencyServiceEntries', { country: 'CR' })).toBe('Emergency:CR');
    expect(savedKeyOf('Dashboard', {})).toBeNull();
    expect(savedKeyOf(undefined, {})).toBeNull();
  });

  it('keeps the newest messages of a conversation, in order, shaped as the Messages query answers', () => {
    const many = Array.from({ length: SAVED_MESSAGES_PER_CONVERSATION + 5 }, (_, i) => message(i + 1)).reverse();
    const answer = messagesAnswer(many, false);
    expect(answer.messages.messages).toHaveLength(SAVED_MESSAGES_PER_CONVERSATION);
    expect(answer.messages.messages[0]!.seq).toBe(6);
    expect(answer.messages.messages.at(-1)!.seq).toBe(SAVED_MESSAGES_PER_CONVERSATION + 5);
    // Older ones exist on the server: the page offers "earlier messages" once online.
    expect(answer.messages.hasMore).toBe(true);
    expect(answer.messages.messages[0]).toMatchObject({ __typename: 'Message', redacted: false });
    expect(messagesAnswer([message(1)], false).messages.hasMore).toBe(false);
  });

  it('keeps the most recently active conversations, and lets the others go', () => {
    const conversations = Array.from({ length: SAVED_CONVERSATIONS + 2 }, (_, i) => ({
      id: `c${i}`,
      lastActivityAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    }));
    const recent = recentConversationIds(list(...conversations));
    expect(recent).toHaveLength(SAVED_CONVERSATIONS);
    expect(recent[0]).toBe(`c${SAVED_CONVERSATIONS + 1}`);
    expect(recent).not.toContain('c0');
    expect(
      staleKeys(['Me', 'Conversations', 'Messages:c0', 'Conversation:c0', `Messages:${recent[0]}`], recent),
    ).toEqual(['Messages:c0', 'Conversation:c0']);
  });
});

describe('OfflineKeeper', () => {
  it('gives back what she last saw when the network fails, and says the page shows kept data', async () => {
    const records = new MemoryRecords();
    const keeper = new OfflineKeeper(records);
    await keeper.keep('Me', me('u1'));
    await keeper.keep('Conversations', list({ id: 'c1', lastActivityAt: '2026-01-01T00:00:00.000Z' }));
    await keeper.keep(messagesKey('c1'), messagesAnswer([message(1), message(2)], false));
    expect(keeper.isShowingSaved()).toBe(false);

    // A new page after a reload offline: a keeper that knows nobody yet reads what is on the device.
    const offline = new OfflineKeeper(records);
    expect(await offline.recall('Me')).toEqual(me('u1'));
    expect(offline.isShowingSaved()).toBe(true);
    const page = (await offline.recall(messagesKey('c1'))) as ReturnType<typeof messagesAnswer>;
    expect(page.messages.messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(await offline.recall(messagesKey('c9'))).toBeNull();
    // The network is back: the page no longer shows only kept data.
    await offline.keep('Me', me('u1'));
    expect(offline.isShowingSaved()).toBe(false);
  });

  it('updates the kept messages as they arrive live, without claiming the network answered', async () => {
    const records = new MemoryRecords();
    const keeper = new OfflineKeeper(records);
    await keeper.keep('Me', me('u1'));
    expect(await keeper.recall('Me')).not.toBeNull();
    expect(keeper.isShowingSaved()).toBe(true);
    await keeper.update(messagesKey('c1'), messagesAnswer([message(1), message(2), message(3)], false));
    expect(keeper.isShowingSaved()).toBe(true);
    const page = (await keeper.peek(messagesKey('c1'))) as ReturnType<typeof messagesAnswer>;
    expect(page.messages.messages).toHaveLength(3);
    keeper.fresh();
    expect(keeper.isShowingSaved()).toBe(false);
  });

  it('keeps nothing before it knows who is signed in', async () => {
    const records = new MemoryRecords();
    const keeper = new OfflineKeeper(records);
    await keeper.keep('Conversations', list());
    await keeper.update(messagesKey('c1'), messagesAnswer([message(1)], false));
    expect(records.items.size).toBe(0);
  });

  it('forgets everything when asked (log out, quick exit) and keeps nothing queued before', async () => {
    const records = new MemoryRecords();
    const keeper = new OfflineKeeper(records);
    await keeper.keep('Me', me('u1'));
    // Still on its way when she leaves: it must not be written back after the deletion.
    const late = keeper.keep('Conversations', list({ id: 'c1', lastActivityAt: '2026-01-01T00:00:00.000Z' }));
    const forgotten = keeper.forget();
    await Promise.all([late, forgotten]);
    expect(records.destroyed).toBe(1);
    expect(records.items.size).toBe(0);
    expect(await keeper.recall('Me')).toBeNull();
    expect(await keeper.recall('Conversations')).toBeNull();
    // After forgetting, nothing is kept until a Me answer says who is signed in again.
    await keeper.keep('Conversations', list());
    expect(records.items.size).toBe(0);
  });

  it('forgets everything when the server says nobody is signed in (session ended elsewhere)', async () => {
    const records = new MemoryRecords();
    const keeper = new OfflineKeeper(records);
    await keeper.keep('Me', me('u1'));
    await keeper.keep('Conversations', list());
    await keeper.keep('Me', me(null));
    expect(records.items.size).toBe(0);
    expect(await new OfflineKeeper(records).recall('Conversations')).toBeNull();
  });

  it('never shows one person what another kept: a different account starts with nothing', async () => {
    const records = new MemoryRecords();
    const first = new OfflineKeeper(records);
    await first.keep('Me', me('u1'));
    await first.keep('Conversations', list({ id: 'c1', lastActivityAt: '2026-01-01T00:00:00.000Z' }));

    const second = new OfflineKeeper(records);
    await second.keep('Me', me('u2'));
    expect(await second.recall('Conversations')).toBeNull();
    expect([...records.items.keys()]).toEqual(['Me']);
    expect(await second.recall('Me')).toEqual(me('u2'));
  });

  it('drops the messages of conversations that are no longer among her recent ones', async () => {
    const records = new MemoryRecords();
    const keeper = new OfflineKeeper(records);
    await keeper.keep('Me', me('u1'));
    await keeper.keep(messagesKey('old'), messagesAnswer([message(1, 'old')], false));
    await keeper.keep('Conversation:old', { conversation: { id: 'old' } });
    const recent = Array.from({ length: SAVED_CONVERSATIONS }, (_, i) => ({
      id: `c${i}`,
      lastActivityAt: new Date(Date.UTC(2026, 1, 1 + i)).toISOString(),
    }));
    await keeper.keep('Conversations', list(...recent, { id: 'old', lastActivityAt: '2025-01-01T00:00:00.000Z' }));
    expect(await keeper.peek(messagesKey('old'))).toBeNull();
    expect(await keeper.peek('Conversation:old')).toBeNull();
  });

  it('works without storage at all (a browser without IndexedDB)', async () => {
    const keeper = new OfflineKeeper(null);
    await keeper.keep('Me', me('u1'));
    expect(await keeper.recall('Me')).toBeNull();
    await keeper.forget();
  });
});
