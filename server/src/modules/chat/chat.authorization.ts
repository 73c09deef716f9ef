import { randomUUID } from 'node:crypto';
import type { OperationRules } from '../../test-support/authorization.js';

// Conversations and messages are open to any signed-in person, but only members find them: the
// sample ids here name nothing, so allowed callers get NOT_FOUND rather than FORBIDDEN.
export const chatOperations: OperationRules = {
  conversations: { allowed: 'SIGNED_IN', document: 'query { conversations { id unreadCount } }' },
  conversation: {
    allowed: 'SIGNED_IN',
    document: 'query($id: ID!) { conversation(id: $id) { id } }',
    variables: () => ({ id: randomUUID() }),
  },
  messages: {
    allowed: 'SIGNED_IN',
    document: 'query($id: ID!) { messages(conversationId: $id) { hasMore messages { id } } }',
    variables: () => ({ id: randomUUID() }),
  },
  sendMessage: {
    allowed: 'SIGNED_IN',
    document: 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }',
    variables: () => ({ input: { conversationId: randomUUID(), clientMessageId: randomUUID(), body: 'Hola' } }),
  },
  markRead: {
    allowed: 'SIGNED_IN',
    document: 'mutation($id: ID!) { markRead(conversationId: $id, seq: 1) { seq } }',
    variables: () => ({ id: randomUUID() }),
  },
  blockedPeople: { allowed: 'SIGNED_IN', document: 'query { blockedPeople { userId } }' },
  blockUser: {
    allowed: 'SIGNED_IN',
    document: 'mutation($id: ID!) { blockUser(userId: $id) { userId } }',
    variables: (w) => ({ id: w.others.ENTREPRENEUR.id }),
  },
  unblockUser: {
    allowed: 'SIGNED_IN',
    document: 'mutation($id: ID!) { unblockUser(userId: $id) }',
    variables: (w) => ({ id: w.others.ENTREPRENEUR.id }),
  },
};

export const reportOperations: OperationRules = {
  reportMessage: {
    allowed: 'SIGNED_IN',
    document: 'mutation($input: ReportMessageInput!) { reportMessage(input: $input) { id } }',
    variables: () => ({ input: { messageId: randomUUID(), reason: 'SPAM' } }),
  },
  reportPerson: {
    allowed: 'SIGNED_IN',
    document: 'mutation($input: ReportPersonInput!) { reportPerson(input: $input) { id status } }',
    variables: (w) => ({ input: { userId: w.others.MENTOR.id, reason: 'HARASSMENT', details: 'Matrix sample.' } }),
  },
  reports: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'query { reports(limit: 5) { id reason status reportedUser { id } } }',
  },
  resolveReport: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'mutation($id: ID!) { resolveReport(id: $id) { id } }',
    variables: () => ({ id: randomUUID() }),
  },
  reportedConversation: {
    allowed: ['COORDINATOR', 'ADMIN'],
    document: 'query($id: ID!) { reportedConversation(reportId: $id) { hasMore } }',
    variables: () => ({ id: randomUUID() }),
  },
};
