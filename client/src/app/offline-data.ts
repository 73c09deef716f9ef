// What this device keeps so that she can read her conversations without a connection: her own account
// (who is signed in), her conversation list, the newest messages of her recent conversations and her
// country's emergency lines, each kept as the GraphQL answer it came as. Pure rules here; offline-store.ts keeps them in IndexedDB.
import type { ChatMessage } from '@aliadas/shared';

/** The newest messages kept per conversation: enough to pick up the thread, small on a cheap phone. */
export const SAVED_MESSAGES_PER_CONVERSATION = 50;
/** Conversations whose messages are kept: the most recently active ones. */
export const SAVED_CONVERSATIONS = 8;

/** The key an answer is kept under, or null when this query's answer is not kept. */
export function savedKeyOf(operationName: string | undefined, variables: Record<string, unknown>): string | null {
  switch (operationName) {
    case 'Me':
      return 'Me';
    case 'Conversations':
      return 'Conversations';
    case 'Conversation':
      return typeof variables.id === 'string' ? conversationKey(variables.id) : null;
    case 'Messages':
      // Only the newest page: older pages she scrolled to are not worth the room.
      return typeof variables.conversationId === 'string' && variables.before == null
        ? messagesKey(variables.conversationId)
        : null;
    // Her country's emergency lines, to call for help without a connection.
    case 'MyCountry':
      return 'MyCountry';
    case 'EmergencyServiceEntries':
      return typeof variables.country === 'string' ? `Emergency:${variables.country}` : null;
    case undefined:
    default:
      return null;
  }
}

/** Her outbox, kept with the rest (see chat-store.ts): written by the page, never a query's answer. */
export const OUTBOX_KEY = 'Outbox';

export const conversationKey = (id: string) => `Conversation:${id}`;
export const messagesKey = (conversationId: string) => `Messages:${conversationId}`;

/** Whose data this is: the signed-in person's id from a Me answer, null when nobody is signed in. */
export function ownerOf(meAnswer: unknown): string | null {
  const me = (meAnswer as { me?: { id?: unknown } | null } | null)?.me;
  return me && typeof me.id === 'string' ? me.id : null;
}

type StoredMessage = ChatMessage & { __typename: 'Message'; redacted: boolean };

export interface MessagesAnswer {
  messages: { __typename: 'MessagePage'; hasMore: boolean; messages: StoredMessage[] };
}

/**
 * The newest messages of a conversation, shaped as the Messages query answers (so the page reads them
 * the same way offline), at most SAVED_MESSAGES_PER_CONVERSATION of them.
 */
export function messagesAnswer(messages: readonly ChatMessage[], hasOlder: boolean): MessagesAnswer {
  const newest = [...messages].sort((a, b) => a.seq - b.seq).slice(-SAVED_MESSAGES_PER_CONVERSATION);
  return {
    messages: {
      __typename: 'MessagePage',
      hasMore: hasOlder || newest.length < messages.length,
      // Every field the message came with, so the page shows it offline as it did online.
      messages: newest.map((m) => ({ ...m, __typename: 'Message', redacted: m.redacted ?? false })),
    },
  };
}

/** A kept answer, trimmed before it is stored (a Messages page never holds more than the limit). */
export function trimmed(key: string, answer: unknown): unknown {
  if (!key.startsWith('Messages:')) return answer;
  const page = (answer as Partial<MessagesAnswer> | null)?.messages;
  if (!page || !Array.isArray(page.messages)) return answer;
  return messagesAnswer(page.messages, page.hasMore);
}

interface ListedConversation {
  id: string;
  lastActivityAt: string;
}

/** The recent conversations whose messages are kept, most recent first. */
export function recentConversationIds(conversationsAnswer: unknown): string[] {
  const list = (conversationsAnswer as { conversations?: ListedConversation[] } | null)?.conversations;
  if (!Array.isArray(list)) return [];
  return [...list]
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt))
    .slice(0, SAVED_CONVERSATIONS)
    .map((c) => c.id);
}

/** Kept keys that belong to conversations no longer among the recent ones: they are let go. */
export function staleKeys(keys: readonly string[], recentIds: readonly string[]): string[] {
  const recent = new Set(recentIds);
  return keys.filter((key) => {
    const [kind, id] = key.split(':', 2);
    return (kind === 'Conversation' || kind === 'Messages') && id !== undefined && !recent.has(id);
  });
}
