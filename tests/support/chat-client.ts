// A chat client that behaves as the app must on a bad connection: an outbox that keeps every message
// until the server acknowledges it (retried with the same clientMessageId), gap detection on live
// messages, catch-up with `conversation:sync` after every (re)connection, and failover between servers.
import { randomUUID } from 'node:crypto';
import {
  REALTIME_PATH,
  type AckResponse,
  type ChatMessage,
  type ClientToServerEvents,
  type SentMessage,
  type ServerToClientEvents,
  type SyncResult,
} from '@aliadas/shared';
import { io, type Socket } from 'socket.io-client';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface OutgoingMessage {
  clientMessageId: string;
  body: string;
  /** Her own numbering, 1, 2, 3…: the order she sent them in. */
  n: number;
  ack?: SentMessage;
  error?: string;
}

export interface ChatClientOptions {
  name: string;
  token: string;
  conversationId: string;
  /** Servers to connect to; after a lost connection the next one is tried, round and round. */
  urls: string[];
  /** How long a catch-up may take before it is asked again. */
  ackTimeoutMs?: number;
}

export class ChatClient {
  /** Every message she holds, by seq: what the app would show. */
  readonly messages = new Map<number, ChatMessage>();
  readonly outbox: OutgoingMessage[] = [];
  /** Live or synced copies of a message she already held: harmless, counted for the record. */
  duplicatesIgnored = 0;
  connections = 0;
  readonly connectedUrls: string[] = [];

  private socket: ClientSocket | null = null;
  private urlIndex = 0;
  private closed = false;
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  private inFlight = new Set<string>();
  private sent = 0;

  constructor(private readonly options: ChatClientOptions) {}

  /** The highest seq up to which she holds every message. */
  get contiguousSeq(): number {
    let seq = 0;
    while (this.messages.has(seq + 1)) seq += 1;
    return seq;
  }

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  async start(): Promise<void> {
    await this.connectLoop();
  }

  /** Queues a message; it is sent now if connected, or after the next connection. */
  send(body: string): OutgoingMessage {
    this.sent += 1;
    const message = { clientMessageId: randomUUID(), body, n: this.sent };
    this.outbox.push(message);
    this.flush();
    return message;
  }

  get unacknowledged(): OutgoingMessage[] {
    return this.outbox.filter((m) => !m.ack && !m.error);
  }

  /** Catches up and waits until everything she sent is acknowledged. */
  async settle(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.unacknowledged.length > 0 || !this.connected) {
      if (Date.now() > deadline) {
        throw new Error(`${this.options.name}: ${this.unacknowledged.length} messages never acknowledged`);
      }
      await sleep(50);
    }
    await this.sync();
  }

  close(): void {
    this.closed = true;
    this.socket?.disconnect();
  }

  async sync(): Promise<void> {
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      do {
        this.syncAgain = false;
        let more = true;
        while (more && this.socket?.connected) {
          const result = (await this.socket
            .timeout(this.options.ackTimeoutMs ?? 5000)
            .emitWithAck('conversation:sync', {
              conversationId: this.options.conversationId,
              afterSeq: this.contiguousSeq,
            })
            .catch(() => null)) as AckResponse<SyncResult> | null;
          if (!result?.ok) break;
          for (const message of result.messages) this.hold(message);
          more = result.hasMore;
        }
      } while (this.syncAgain && this.socket?.connected);
    })().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async connectLoop(): Promise<void> {
    let delay = 50;
    while (!this.closed) {
      const url = this.options.urls[this.urlIndex % this.options.urls.length]!;
      const socket: ClientSocket = io(url, {
        path: REALTIME_PATH,
        transports: ['websocket'],
        auth: { token: this.options.token },
        reconnection: false,
        forceNew: true,
        timeout: 5000,
      });
      const ok = await new Promise<boolean>((resolve) => {
        socket.once('connect', () => resolve(true));
        socket.once('connect_error', () => resolve(false));
      });
      if (ok) {
        this.attach(socket, url);
        return;
      }
      socket.close();
      this.urlIndex += 1;
      await sleep(delay);
      delay = Math.min(delay * 2, 1000);
    }
  }

  private attach(socket: ClientSocket, url: string): void {
    this.socket = socket;
    this.connections += 1;
    this.connectedUrls.push(url);
    this.inFlight.clear();
    socket.on('message:new', (message) => {
      if (message.conversationId !== this.options.conversationId) return;
      this.hold(message);
      // A hole before this one: a message went by while she was away or on another server.
      if (message.seq > this.contiguousSeq + 1) void this.sync();
    });
    socket.on('disconnect', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.inFlight.clear();
      if (!this.closed) {
        this.urlIndex += 1;
        void this.connectLoop();
      }
    });
    // Catch up first, then send what is still waiting, oldest first.
    void this.sync().then(() => this.flush());
  }

  private hold(message: ChatMessage): void {
    if (this.messages.has(message.seq)) {
      this.duplicatesIgnored += 1;
      return;
    }
    this.messages.set(message.seq, message);
  }

  /**
   * Sends the oldest message not yet acknowledged, and the next one only once that one is: a message
   * refused for a while (rate limit, a server stopping) is retried before anything sent after it, so
   * her messages are stored in the order she wrote them. The answer never times out on a live
   * connection (the server answers every message in order); after a lost connection, whatever was in
   * flight is sent again with the same clientMessageId.
   */
  private flush(): void {
    const socket = this.socket;
    if (!socket?.connected || this.inFlight.size > 0) return;
    const message = this.outbox.find((m) => !m.ack && !m.error);
    if (!message) return;
    this.inFlight.add(message.clientMessageId);
    socket.emit(
      'message:send',
      { conversationId: this.options.conversationId, clientMessageId: message.clientMessageId, body: message.body },
      (response: AckResponse<SentMessage>) => {
        if (this.socket !== socket) return; // an answer on a connection she already left
        this.inFlight.delete(message.clientMessageId);
        if (response.ok) {
          message.ack = { id: response.id, seq: response.seq, createdAt: response.createdAt };
          this.hold({
            id: response.id,
            conversationId: this.options.conversationId,
            seq: response.seq,
            senderId: '',
            clientMessageId: message.clientMessageId,
            body: message.body,
            createdAt: response.createdAt,
          });
          this.flush();
        } else if (['RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL_SERVER_ERROR'].includes(response.error.code)) {
          setTimeout(() => this.flush(), 200);
        } else {
          message.error = `${response.error.code}: ${response.error.message}`;
          this.flush();
        }
      },
    );
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
