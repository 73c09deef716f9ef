// Sends the outbox, one message at a time in the order she wrote them, whenever the connection is up.
// A message leaves the outbox only when the server acknowledges it (it is stored by then); without an
// answer it waits and goes again, with the same client id, so the server keeps it once.
import type { AckResponse, RealtimeErrorCode, SendMessageRequest, SentMessage } from '@aliadas/shared';
import type { Outbox, OutboxEntry } from './outbox';

export interface SendPort {
  connected(): boolean;
  /** Resolves with the server's acknowledgement; rejects when none comes in time or the link drops. */
  send(request: SendMessageRequest): Promise<AckResponse<SentMessage>>;
  /** Uploads a voice message's recording before the message itself goes (a retry finds it stored). */
  upload?(entry: OutboxEntry): Promise<UploadAnswer>;
}

/** `transient`: try again later; otherwise the recording will never be accepted as it is. */
export type UploadAnswer = { ok: true } | { ok: false; transient: boolean; problem?: OutboxEntry['problem'] };

/** Refusals worth trying again later; any other means this message will never be accepted as it is. */
const TRANSIENT: readonly RealtimeErrorCode[] = ['RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL_SERVER_ERROR'];

export const RETRY_AFTER_MS = 5_000;

export class OutboxSender {
  private running = false;
  private retry: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly outbox: Outbox,
    private readonly port: SendPort,
    private readonly onStored: (entry: OutboxEntry, sent: SentMessage) => void,
    private readonly retryAfterMs = RETRY_AFTER_MS,
  ) {}

  /** Sends what waits, if connected; safe to call any number of times. */
  flush(): void {
    if (this.running) return;
    this.running = true;
    void this.drain().finally(() => {
      this.running = false;
    });
  }

  stop(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (!this.port.connected()) return;
      const entry = this.outbox.next();
      if (!entry) return;
      this.outbox.setState(entry.clientMessageId, 'sending');
      if (entry.voice && this.port.upload) {
        const uploaded = await this.port.upload(entry);
        if (!uploaded.ok && uploaded.transient) {
          this.outbox.setState(entry.clientMessageId, 'waiting');
          this.later();
          return;
        }
        if (!uploaded.ok) {
          this.outbox.setState(entry.clientMessageId, 'failed', uploaded.problem);
          continue;
        }
      }
      let answer: AckResponse<SentMessage>;
      try {
        answer = await this.port.send({
          conversationId: entry.conversationId,
          clientMessageId: entry.clientMessageId,
          body: entry.body,
        });
      } catch {
        this.outbox.setState(entry.clientMessageId, 'waiting');
        this.later();
        return;
      }
      if (answer.ok) {
        this.outbox.remove([entry.clientMessageId]);
        this.onStored(entry, { id: answer.id, seq: answer.seq, createdAt: answer.createdAt });
      } else if (TRANSIENT.includes(answer.error.code)) {
        this.outbox.setState(entry.clientMessageId, 'waiting');
        this.later();
        return;
      } else {
        const { code, key, params } = answer.error;
        this.outbox.setState(entry.clientMessageId, 'failed', { code, key, params });
      }
    }
  }

  private later(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.flush();
    }, this.retryAfterMs);
  }
}
