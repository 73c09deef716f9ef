// The yardstick for `pnpm bench:chat`: a bare Socket.IO relay with the same events as Aliadas but no
// session, no checks and no database. Each client names its conversation in the handshake.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import {
  REALTIME_PATH,
  type ClientToServerEvents,
  type SendMessageRequest,
  type ServerToClientEvents,
} from '@aliadas/shared';
import { Server } from 'socket.io';

const httpServer = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
});
const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, {
  path: REALTIME_PATH,
  serveClient: false,
});
const seqs = new Map<string, number>();

io.on('connection', (socket) => {
  const auth = socket.handshake.auth as { room?: string; userId?: string };
  if (auth.room) void socket.join(auth.room);
  socket.on('message:send', (request: SendMessageRequest, ack) => {
    const seq = (seqs.get(request.conversationId) ?? 0) + 1;
    seqs.set(request.conversationId, seq);
    const message = {
      id: randomUUID(),
      conversationId: request.conversationId,
      seq,
      senderId: auth.userId ?? '',
      clientMessageId: request.clientMessageId,
      body: request.body,
      createdAt: new Date().toISOString(),
    };
    ack({ ok: true, id: message.id, seq, createdAt: message.createdAt });
    socket
      .to(request.conversationId)
      .emit('message:new', message, { conversationId: request.conversationId, unreadCount: 1, lastSeq: seq });
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => {
  void io.close();
  process.exit(0);
});
