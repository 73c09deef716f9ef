// Socket.IO typed with the shared event maps, so handlers and broadcaster match the client's contract.
import type { ClientToServerEvents, ServerToClientEvents } from '@aliadas/shared';
import type { Server, Socket } from 'socket.io';

export type InterServerEvents = Record<never, never>;

/** What the handshake learns about a socket, kept for its lifetime. */
export interface SocketData {
  userId: string;
  sessionId: string;
  sessionExpiresAt: number;
}

export type AliadasIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AliadasSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Every socket of one person (all her devices), on every instance. */
export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/** The sockets opened with one session: disconnected together when she logs out. */
export function sessionRoom(sessionId: string): string {
  return `session:${sessionId}`;
}
