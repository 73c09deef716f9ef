// Socket.IO clients and chat set-up for tests against the real server.
import { randomUUID } from 'node:crypto';
import {
  REALTIME_PATH,
  type AckResponse,
  type ClientToServerEvents,
  type SendMessageRequest,
  type SentMessage,
  type ServerToClientEvents,
} from '@aliadas/shared';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Conversation } from '../modules/chat/conversation.entity.js';
import { createServices, type Services } from '../services.js';
import type { TestServer } from './test-server.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type EventPayload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

const open: ClientSocket[] = [];

/** A socket to the test server; not yet connected when returned (see `connectAs`). */
export function socketTo(
  api: TestServer,
  token: string | undefined,
  options: Partial<ManagerOptions & SocketOptions> = {},
): ClientSocket {
  const socket: ClientSocket = io(api.url, {
    path: REALTIME_PATH,
    transports: ['websocket'],
    auth: token ? { token } : {},
    reconnection: false,
    forceNew: true,
    ...options,
  });
  open.push(socket);
  return socket;
}

export function connected(socket: ClientSocket, timeoutMs = 5000): Promise<ClientSocket> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve(socket);
    const timer = setTimeout(() => reject(new Error('socket did not connect in time')), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

export function connectAs(api: TestServer, token: string): Promise<ClientSocket> {
  return connected(socketTo(api, token));
}

/** Closes every socket the tests opened. */
export function closeSockets(): void {
  for (const socket of open.splice(0)) socket.disconnect();
}

/** The next `event` on this socket that passes `match`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  match: (payload: EventPayload<E>) => boolean = () => true,
  timeoutMs = 5000,
): Promise<EventPayload<E>> {
  return new Promise((resolve, reject) => {
    const listener = (payload: EventPayload<E>) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener as never);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      socket.off(event, listener as never);
      reject(new Error(`no ${String(event)} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on(event, listener as never);
  });
}

/** Collects every `event` this socket receives from now on. */
export function collect<E extends keyof ServerToClientEvents>(socket: ClientSocket, event: E): EventPayload<E>[] {
  const seen: EventPayload<E>[] = [];
  socket.on(event, ((payload: EventPayload<E>) => seen.push(payload)) as never);
  return seen;
}

export function sendMessage(
  socket: ClientSocket,
  request: Partial<SendMessageRequest> & { conversationId: string },
): Promise<AckResponse<SentMessage>> {
  return socket.timeout(10_000).emitWithAck('message:send', {
    clientMessageId: randomUUID(),
    body: 'Hola',
    ...request,
  });
}

/** The services of a fresh unit of work on the test server, announcing to its sockets. */
export function servicesOf(api: TestServer): Services {
  return createServices(api.server.orm.em.fork(), api.server.deps, null);
}

/** A conversation as matching would open it when a match becomes ACTIVE. */
export function openConversation(api: TestServer, userIds: string[], matchId = randomUUID()): Promise<Conversation> {
  return servicesOf(api).chat.openConversationForMatch(matchId, userIds);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
