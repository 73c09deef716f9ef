import type { ChatMessage } from '@aliadas/shared';
import { describe, expect, it } from 'vitest';
import {
  advance,
  EMPTY_TIMELINE,
  leavesGap,
  markOf,
  mergeMessages,
  newestFromOthers,
  pendingAfter,
  prependOlder,
  startTimeline,
} from './timeline';

const message = (seq: number, senderId = 'her', id = `m${seq}`): ChatMessage => ({
  id,
  conversationId: 'c1',
  seq,
  senderId,
  clientMessageId: `client-${id}`,
  body: `message ${seq}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
});

describe('timeline', () => {
  it('keeps each message once, in seq order, however often and in whatever order it arrives', () => {
    let timeline = startTimeline([message(1), message(2)], false);
    timeline = mergeMessages(timeline, [message(4), message(2), message(3)]);
    timeline = mergeMessages(timeline, [message(3), message(4)]);
    expect(timeline.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(timeline.syncedSeq).toBe(4);
  });

  it('returns the same object when nothing new arrived, so React does not render again', () => {
    const timeline = startTimeline([message(1)], false);
    expect(mergeMessages(timeline, [message(1)])).toBe(timeline);
    expect(mergeMessages(timeline, [])).toBe(timeline);
  });

  it('stops syncedSeq at the first gap and moves it once catch-up fills the gap', () => {
    let timeline = startTimeline([message(1), message(2)], false);
    expect(leavesGap(timeline, message(3))).toBe(false);
    expect(leavesGap(timeline, message(5))).toBe(true);
    timeline = mergeMessages(timeline, [message(5)]);
    expect(timeline.syncedSeq).toBe(2);
    timeline = mergeMessages(timeline, [message(3), message(4)]);
    expect(timeline.syncedSeq).toBe(5);
  });

  it('starts from the newest page of history: older messages are not a gap', () => {
    const timeline = startTimeline([message(52), message(51), message(53)], true);
    expect(timeline.messages.map((m) => m.seq)).toEqual([51, 52, 53]);
    expect(timeline.syncedSeq).toBe(53);
    expect(timeline.hasOlder).toBe(true);
    const older = prependOlder(timeline, [message(49), message(50)], false);
    expect(older.messages.map((m) => m.seq)).toEqual([49, 50, 51, 52, 53]);
    expect(older.hasOlder).toBe(false);
    expect(older.syncedSeq).toBe(53);
  });

  it('starts an empty conversation at its last seq, and a new one at zero', () => {
    expect(startTimeline([], false, 7).syncedSeq).toBe(7);
    const fresh = mergeMessages(EMPTY_TIMELINE, [message(1), message(2)]);
    expect(fresh.syncedSeq).toBe(2);
  });

  it('finds the newest message from the other person, which is what she has read', () => {
    const timeline = startTimeline([message(1, 'him'), message(2, 'me'), message(3, 'him'), message(4, 'me')], false);
    expect(newestFromOthers(timeline, 'me')).toBe(3);
    expect(newestFromOthers(EMPTY_TIMELINE, 'me')).toBe(0);
  });
});

describe('marks', () => {
  it('reads a message as read once every other member has read up to it', () => {
    const reads = new Map([
      ['me', 10],
      ['him', 4],
    ]);
    expect(markOf(4, ['him'], reads)).toBe('read');
    expect(markOf(5, ['him'], reads)).toBe('sent');
    expect(markOf(5, ['him'], reads, new Map([['him', 5]]))).toBe('delivered');
    // Someone without any receipt yet has neither received nor read it.
    expect(markOf(1, ['him', 'her'], reads, new Map([['him', 1]]))).toBe('sent');
    expect(markOf(1, ['him'], new Map(), new Map([['him', 1]]))).toBe('delivered');
    expect(markOf(1, [], reads)).toBe('sent');
  });

  it('never moves a receipt back', () => {
    let reads = advance(new Map(), 'him', 5);
    reads = advance(reads, 'him', 3);
    expect(reads.get('him')).toBe(5);
    expect(advance(reads, 'him', 6).get('him')).toBe(6);
  });
});

describe('outbox entries shown with the stored messages', () => {
  it('shows a message the server already stored once, as stored, and the rest in the order written', () => {
    const timeline = startTimeline([message(1, 'me', 'a'), message(2, 'him', 'b')], false);
    const entries = [
      { clientMessageId: 'client-new-2', writtenAt: 20 },
      { clientMessageId: 'client-a', writtenAt: 5 },
      { clientMessageId: 'client-new-1', writtenAt: 10 },
    ];
    expect(pendingAfter(timeline, 'me', entries).map((e) => e.clientMessageId)).toEqual([
      'client-new-1',
      'client-new-2',
    ]);
  });

  it('does not hide her entry behind someone else’s message with the same client id', () => {
    const timeline = startTimeline([message(1, 'him', 'a')], false);
    expect(pendingAfter(timeline, 'me', [{ clientMessageId: 'client-a', writtenAt: 1 }])).toHaveLength(1);
  });
});
