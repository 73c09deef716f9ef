// What one conversation shows, kept as pure data: stored messages ordered by seq (each once, however
// often it arrives: live, by catch-up, from history or as the answer to her own send), how far the
// messages are held without a gap (where catch-up starts), and the messages still in her outbox.
import type { ChatMessage } from '@aliadas/shared';

export interface Timeline {
  /** Stored messages, oldest first, one per seq. */
  messages: ChatMessage[];
  /** Every seq from the oldest loaded message up to this one is held: catch-up asks for what follows. */
  syncedSeq: number;
  /** Older messages exist before the first one held. */
  hasOlder: boolean;
}

export const EMPTY_TIMELINE: Timeline = { messages: [], syncedSeq: 0, hasOlder: false };

/** Adds messages, keeping one per seq and the order by seq, and moves `syncedSeq` over what is now whole. */
export function mergeMessages(timeline: Timeline, incoming: readonly ChatMessage[]): Timeline {
  if (incoming.length === 0) return timeline;
  const bySeq = new Map<number, ChatMessage>();
  for (const message of timeline.messages) bySeq.set(message.seq, message);
  let changed = false;
  for (const message of incoming) {
    const held = bySeq.get(message.seq);
    // A seq names one message for good; a later copy only matters if it changed (an account deleted).
    if (held && held.id === message.id && held.body === message.body) continue;
    bySeq.set(message.seq, message);
    changed = true;
  }
  if (!changed) return timeline;
  const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  return { ...timeline, messages, syncedSeq: wholeUpTo(messages, timeline.syncedSeq) };
}

/**
 * The highest seq reached from `from` without a gap. With nothing held yet it starts below the oldest
 * message held: history loads the newest page first, so older seqs are not a gap.
 */
function wholeUpTo(messages: readonly ChatMessage[], from: number): number {
  const seqs = new Set(messages.map((m) => m.seq));
  let seq = from;
  if (seq === 0 && messages.length > 0 && !seqs.has(1)) seq = messages[0]!.seq - 1;
  while (seqs.has(seq + 1)) seq += 1;
  return seq;
}

/**
 * The newest page of history, loaded first: nothing before it is needed to be whole, so `syncedSeq`
 * starts at its newest message (or at `lastSeq` for a conversation with no message she can see).
 */
export function startTimeline(page: readonly ChatMessage[], hasOlder: boolean, lastSeq = 0): Timeline {
  const messages = [...page].sort((a, b) => a.seq - b.seq);
  const start = messages.length > 0 ? messages[0]!.seq - 1 : lastSeq;
  return { messages, hasOlder, syncedSeq: wholeUpTo(messages, start) };
}

/** An older page, from "earlier messages". */
export function prependOlder(timeline: Timeline, page: readonly ChatMessage[], hasOlder: boolean): Timeline {
  return { ...mergeMessages(timeline, page), hasOlder };
}

/** A live message that skips seqs she does not have yet: catch-up must fetch what lies between. */
export function leavesGap(timeline: Timeline, message: ChatMessage): boolean {
  return message.seq > timeline.syncedSeq + 1;
}

export function oldestSeq(timeline: Timeline): number | null {
  return timeline.messages[0]?.seq ?? null;
}

export function newestSeq(timeline: Timeline): number {
  return timeline.messages.at(-1)?.seq ?? timeline.syncedSeq;
}

/** The newest message written by someone else: what she has read once she sees the conversation. */
export function newestFromOthers(timeline: Timeline, myId: string): number {
  for (let i = timeline.messages.length - 1; i >= 0; i--) {
    const message = timeline.messages[i]!;
    if (message.senderId !== myId) return message.seq;
  }
  return 0;
}

/** What she sees next to her own message: still in the outbox, stored by the server, or read. */
export type Mark = 'waiting' | 'failed' | 'sent' | 'delivered' | 'read';

/**
 * The mark of one of her stored messages from the other members' receipts: read once every other
 * member has read up to it, delivered once every other member's device has received it (reading
 * counts as receiving). A member without a receipt yet is at 0.
 */
export function markOf(
  seq: number,
  otherIds: readonly string[],
  readSeqs: ReadonlyMap<string, number>,
  deliveredSeqs: ReadonlyMap<string, number> = new Map(),
): Mark {
  if (otherIds.length === 0) return 'sent';
  if (otherIds.every((userId) => (readSeqs.get(userId) ?? 0) >= seq)) return 'read';
  if (otherIds.every((userId) => Math.max(deliveredSeqs.get(userId) ?? 0, readSeqs.get(userId) ?? 0) >= seq)) {
    return 'delivered';
  }
  return 'sent';
}

/** Receipts only move forward: a late or repeated receipt never takes a mark back. */
export function advance(seqs: ReadonlyMap<string, number>, userId: string, seq: number): Map<string, number> {
  const next = new Map(seqs);
  if ((next.get(userId) ?? 0) < seq) next.set(userId, seq);
  return next;
}

/**
 * Her outbox entries still to show after the stored messages: an entry the server already stored (its
 * client id is among the messages) is shown once, as the stored message.
 */
export function pendingAfter<E extends { clientMessageId: string; writtenAt: number }>(
  timeline: Timeline,
  myId: string,
  entries: readonly E[],
): E[] {
  const stored = new Set(timeline.messages.filter((m) => m.senderId === myId).map((m) => m.clientMessageId));
  return entries.filter((e) => !stored.has(e.clientMessageId)).sort((a, b) => a.writtenAt - b.writtenAt);
}
