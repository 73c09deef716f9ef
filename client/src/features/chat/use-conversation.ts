// One conversation, live: the newest page of history first, then catch-up over the socket from the
// last seq held (on opening, on every reconnection, and whenever a live message skips seqs), receipts,
// typing, and her reading marked as she sees new messages.
import type { AckResponse, ChatMessage, ReadSeq, SyncResult } from '@aliadas/shared';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { messagesAnswer, messagesKey } from '../../app/offline-data';
import { offlineKeeper } from '../../app/offline-store';
import { ask, useConnectionState, type RealtimeSocket } from '../../app/realtime';
import { chatOutbox, noteReceived, onStored } from './chat-store';
import { MessagesQuery } from './chat.documents';
import {
  advance,
  leavesGap,
  mergeMessages,
  newestFromOthers,
  oldestSeq,
  prependOlder,
  startTimeline,
  type Timeline,
} from './timeline';

export const PAGE_SIZE = 30;
const SYNC_PAGE = 200;
const ACK_TIMEOUT_MS = 10_000;
/** A typing signal that is not renewed fades after this long (she may have closed the page). */
const TYPING_FADES_MS = 8_000;

interface State {
  timeline: Timeline | null;
  readSeqs: Map<string, number>;
  deliveredSeqs: Map<string, number>;
  typing: ReadonlySet<string>;
  loadingOlder: boolean;
  /** The newest page could not be loaded (offline on opening). */
  failed: boolean;
}

type Action =
  | { type: 'start'; page: ChatMessage[]; hasOlder: boolean; lastSeq: number }
  | { type: 'merge'; messages: readonly ChatMessage[] }
  | { type: 'older'; page: ChatMessage[]; hasOlder: boolean }
  | { type: 'loadingOlder'; on: boolean }
  | { type: 'read'; receipts: readonly ReadSeq[] }
  | { type: 'delivered'; receipts: readonly ReadSeq[] }
  | { type: 'typing'; userId: string; typing: boolean }
  | { type: 'notTyping' }
  | { type: 'failed' };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'start':
      return {
        ...state,
        failed: false,
        timeline: state.timeline
          ? mergeMessages(state.timeline, action.page)
          : startTimeline(action.page, action.hasOlder, action.lastSeq),
      };
    case 'merge': {
      if (!state.timeline) return state;
      const timeline = mergeMessages(state.timeline, action.messages);
      // A message from someone means she has stopped typing it.
      const senders = new Set(action.messages.map((m) => m.senderId));
      const typing = [...state.typing].some((u) => senders.has(u))
        ? new Set([...state.typing].filter((u) => !senders.has(u)))
        : state.typing;
      return timeline === state.timeline && typing === state.typing ? state : { ...state, timeline, typing };
    }
    case 'older':
      return state.timeline
        ? { ...state, loadingOlder: false, timeline: prependOlder(state.timeline, action.page, action.hasOlder) }
        : state;
    case 'loadingOlder':
      return { ...state, loadingOlder: action.on };
    case 'read': {
      let readSeqs = state.readSeqs;
      for (const r of action.receipts) readSeqs = advance(readSeqs, r.userId, r.seq);
      return { ...state, readSeqs };
    }
    case 'delivered': {
      let deliveredSeqs = state.deliveredSeqs;
      for (const r of action.receipts) deliveredSeqs = advance(deliveredSeqs, r.userId, r.seq);
      return { ...state, deliveredSeqs };
    }
    case 'typing': {
      if (state.typing.has(action.userId) === action.typing) return state;
      const typing = new Set(state.typing);
      if (action.typing) typing.add(action.userId);
      else typing.delete(action.userId);
      return { ...state, typing };
    }
    case 'notTyping':
      return state.typing.size === 0 ? state : { ...state, typing: new Set() };
    case 'failed':
      return { ...state, failed: true };
  }
}

export interface ConversationLive extends State {
  loadOlder: () => void;
}

export function useConversation(
  conversationId: string,
  myId: string,
  socket: RealtimeSocket | null,
  members: readonly { userId: string; lastReadSeq: number }[] | undefined,
  lastSeq: number | undefined,
): ConversationLive {
  const client = useApolloClient();
  const online = useConnectionState() === 'online';
  const [state, dispatch] = useReducer(reduce, {
    timeline: null,
    readSeqs: new Map(),
    deliveredSeqs: new Map(),
    typing: new Set<string>(),
    loadingOlder: false,
    failed: false,
  });
  const stateRef = useRef(state);
  stateRef.current = state;

  // Receipts as the conversation query last saw them; live ones only move them forward.
  useEffect(() => {
    if (members) dispatch({ type: 'read', receipts: members.map((m) => ({ userId: m.userId, seq: m.lastReadSeq })) });
  }, [members]);

  // The newest page of history, once the conversation is known; catch-up brings what follows.
  const lastSeqRef = useRef(lastSeq);
  lastSeqRef.current = lastSeq;
  const known = lastSeq !== undefined;
  useEffect(() => {
    if (!known) return;
    let active = true;
    client
      .query({ query: MessagesQuery, variables: { conversationId, limit: PAGE_SIZE }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (!active || !data) return;
        const page = data.messages.messages;
        dispatch({ type: 'start', page, hasOlder: data.messages.hasMore, lastSeq: lastSeqRef.current ?? 0 });
        const theirs = page.filter((m) => m.senderId !== myId).at(-1);
        if (theirs) noteReceived(conversationId, theirs.seq);
      })
      .catch(() => active && dispatch({ type: 'failed' }));
    return () => {
      active = false;
    };
  }, [client, conversationId, myId, known]);

  // The newest messages as she sees them (live ones too) stay on the device for reading offline.
  useEffect(() => {
    if (state.timeline) {
      void offlineKeeper.update(
        messagesKey(conversationId),
        messagesAnswer(state.timeline.messages, state.timeline.hasOlder),
      );
    }
  }, [conversationId, state.timeline]);

  const syncing = useRef(false);
  const catchUp = useCallback(async () => {
    const timeline = stateRef.current.timeline;
    if (!socket?.connected || !timeline || syncing.current) return;
    syncing.current = true;
    try {
      let afterSeq = timeline.syncedSeq;
      for (;;) {
        const result: AckResponse<SyncResult> = await ask(
          socket,
          'conversation:sync',
          { conversationId, afterSeq, limit: SYNC_PAGE },
          ACK_TIMEOUT_MS,
        );
        if (!result.ok) return;
        // Caught up with the server: the page no longer shows only what the device kept.
        offlineKeeper.fresh();
        dispatch({ type: 'merge', messages: result.messages });
        dispatch({ type: 'read', receipts: result.readSeqs });
        dispatch({ type: 'delivered', receipts: result.deliveredSeqs });
        const fromOthers = result.messages.filter((m) => m.senderId !== myId).at(-1);
        if (fromOthers) noteReceived(conversationId, fromOthers.seq);
        // Her own messages the server stored while the answer was lost leave the outbox.
        chatOutbox().remove(result.messages.filter((m) => m.senderId === myId).map((m) => m.clientMessageId));
        if (!result.hasMore || result.messages.length === 0) return;
        afterSeq = result.messages.at(-1)!.seq;
      }
    } catch {
      // No answer: the next connection catches up.
    } finally {
      syncing.current = false;
    }
  }, [socket, conversationId, myId]);

  const started = state.timeline !== null;
  useEffect(() => {
    if (started && online) void catchUp();
    // Offline, she would not hear that someone stopped typing: show nobody typing rather than stale news.
    if (!online) dispatch({ type: 'notTyping' });
  }, [started, online, catchUp]);

  // Live events of this conversation.
  useEffect(() => {
    if (!socket) return;
    const typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
    const onMessage = (message: ChatMessage) => {
      if (message.conversationId !== conversationId) return;
      const timeline = stateRef.current.timeline;
      dispatch({ type: 'merge', messages: [message] });
      if (message.senderId === myId) chatOutbox().remove([message.clientMessageId]);
      if (timeline && leavesGap(timeline, message)) void catchUp();
    };
    const onRead = (receipt: { conversationId: string; userId: string; seq: number }) => {
      if (receipt.conversationId === conversationId) dispatch({ type: 'read', receipts: [receipt] });
    };
    const onDelivered = (receipt: { conversationId: string; userId: string; seq: number }) => {
      if (receipt.conversationId === conversationId) dispatch({ type: 'delivered', receipts: [receipt] });
    };
    const onTyping = (indicator: { conversationId: string; userId: string; typing: boolean }) => {
      if (indicator.conversationId !== conversationId || indicator.userId === myId) return;
      clearTimeout(typingTimers.get(indicator.userId));
      dispatch({ type: 'typing', userId: indicator.userId, typing: indicator.typing });
      if (indicator.typing) {
        typingTimers.set(
          indicator.userId,
          setTimeout(() => dispatch({ type: 'typing', userId: indicator.userId, typing: false }), TYPING_FADES_MS),
        );
      }
    };
    // A circle's moderator removed a message: it stays in its place as "message removed".
    const onRemoved = (removed: { conversationId: string; messageId: string; seq: number }) => {
      if (removed.conversationId !== conversationId) return;
      const held = stateRef.current.timeline?.messages.find((m) => m.id === removed.messageId);
      if (held) dispatch({ type: 'merge', messages: [{ ...held, body: '', removed: true }] });
    };
    socket.on('message:new', onMessage);
    socket.on('message:removed', onRemoved);
    socket.on('conversation:read', onRead);
    socket.on('conversation:delivered', onDelivered);
    socket.on('conversation:typing', onTyping);
    const unStored = onStored((message) => {
      if (message.conversationId === conversationId) onMessage(message);
    });
    return () => {
      socket.off('message:new', onMessage);
      socket.off('message:removed', onRemoved);
      socket.off('conversation:read', onRead);
      socket.off('conversation:delivered', onDelivered);
      socket.off('conversation:typing', onTyping);
      unStored();
      for (const timer of typingTimers.values()) clearTimeout(timer);
    };
  }, [socket, conversationId, myId, catchUp]);

  // She has read what is on her screen: mark it, once per new message, when the page is visible.
  const marking = useRef(0);
  const newestOthers = state.timeline ? newestFromOthers(state.timeline, myId) : 0;
  const myRead = state.readSeqs.get(myId) ?? 0;
  useEffect(() => {
    if (!socket || !online || newestOthers <= myRead || marking.current >= newestOthers) return;
    const mark = () => {
      if (document.visibilityState !== 'visible' || marking.current >= newestOthers) return;
      marking.current = newestOthers;
      ask(socket, 'conversation:read', { conversationId, seq: newestOthers }, ACK_TIMEOUT_MS)
        .then((result) => {
          if (result.ok) dispatch({ type: 'read', receipts: [{ userId: myId, seq: result.seq }] });
          else marking.current = 0;
        })
        .catch(() => {
          marking.current = 0;
        });
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [socket, online, conversationId, myId, newestOthers, myRead]);

  const loadOlder = useCallback(() => {
    const timeline = stateRef.current.timeline;
    const before = timeline ? oldestSeq(timeline) : null;
    if (before === null || stateRef.current.loadingOlder) return;
    dispatch({ type: 'loadingOlder', on: true });
    client
      .query({
        query: MessagesQuery,
        variables: { conversationId, before, limit: PAGE_SIZE },
        fetchPolicy: 'network-only',
      })
      .then(({ data }) => {
        if (data) dispatch({ type: 'older', page: data.messages.messages, hasOlder: data.messages.hasMore });
        else dispatch({ type: 'loadingOlder', on: false });
      })
      .catch(() => dispatch({ type: 'loadingOlder', on: false }));
  }, [client, conversationId]);

  return { ...state, loadOlder };
}
