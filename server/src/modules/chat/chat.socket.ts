// The chat's socket events. Thin: check the payload's shape, call the ChatService that GraphQL calls
// too, answer. Each event runs in its own unit of work (see realtime/event-runner.ts).
import { MESSAGE_MAX_LENGTH, MESSAGE_PAGE_MAX } from '@aliadas/shared';
import { z } from 'zod';
import type { EventRunner } from '../../realtime/event-runner.js';
import type { AliadasSocket } from '../../realtime/types.js';

const id = z.string().max(64);
const seq = z.number().int().min(0);

// Bounds only; the service checks lengths exactly and says what is wrong in the product's words.
const SendRequest = z.object({ conversationId: id, clientMessageId: id, body: z.string().max(MESSAGE_MAX_LENGTH * 4) });
const SyncRequest = z.object({
  conversationId: id,
  afterSeq: seq,
  limit: z.number().int().min(1).max(MESSAGE_PAGE_MAX).optional(),
});
const ReadRequest = z.object({ conversationId: id, seq });
const TypingRequest = z.object({ conversationId: id, typing: z.boolean() });

export function registerChatHandlers(socket: AliadasSocket, runner: EventRunner): void {
  const { userId } = socket.data;

  // In order: two messages sent one after the other on one connection are numbered in that order.
  socket.on('message:send', (request, ack) =>
    runner.run(
      socket,
      'message:send',
      ack,
      async ({ chat }) => {
        const input = SendRequest.parse(request);
        const { message } = await chat.sendMessage(userId, input, { originSocketId: socket.id });
        return { id: message.id, seq: message.seq, createdAt: message.createdAt };
      },
      { inOrder: true },
    ),
  );

  socket.on('conversation:sync', (request, ack) =>
    runner.run(socket, 'conversation:sync', ack, async ({ chat }) => {
      const { conversationId, afterSeq, limit } = SyncRequest.parse(request);
      return chat.sync(userId, conversationId, afterSeq, limit);
    }),
  );

  socket.on('conversation:read', (request, ack) =>
    runner.run(socket, 'conversation:read', ack, async ({ chat }) => {
      const { conversationId, seq } = ReadRequest.parse(request);
      return chat.markRead(userId, conversationId, seq);
    }),
  );

  socket.on('conversation:delivered', (request, ack) =>
    runner.run(socket, 'conversation:delivered', ack, async ({ chat }) => {
      const { conversationId, seq } = ReadRequest.parse(request);
      return chat.markDelivered(userId, conversationId, seq);
    }),
  );

  socket.on('conversation:typing', (request, ack) =>
    runner.run(socket, 'conversation:typing', ack, async ({ chat }) => {
      const { conversationId, typing } = TypingRequest.parse(request);
      await chat.typing(userId, conversationId, typing);
      return {};
    }),
  );
}
