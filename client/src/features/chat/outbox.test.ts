import {
  CLIENT_MESSAGE_ID_PATTERN,
  type AckResponse,
  type SendMessageRequest,
  type SentMessage,
} from '@aliadas/shared';
import { describe, expect, it } from 'vitest';
import { newClientMessageId, Outbox, OUTBOX_STORAGE_KEY, type KeyValueStorage, type OutboxEntry } from './outbox';
import { OutboxSender, type UploadAnswer } from './outbox-sender';

/** sessionStorage's contract, in memory (the tests run in Node). */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const entry = (clientMessageId: string, body = 'hola', conversationId = 'c1') => ({
  clientMessageId,
  conversationId,
  body,
});

describe('outbox', () => {
  it('makes client ids the server accepts, different every time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newClientMessageId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(CLIENT_MESSAGE_ID_PATTERN);
  });

  it('keeps what waits across a reload of the page, and nothing at all once empty', () => {
    const storage = new MemoryStorage();
    const outbox = new Outbox(storage);
    outbox.add(entry('aaaaaaaa-1', 'first'));
    outbox.add(entry('aaaaaaaa-2', 'second'));
    outbox.setState('aaaaaaaa-1', 'sending');

    const reloaded = new Outbox(storage);
    // What was on its way when the page went may not have arrived: it waits to be sent again.
    expect(reloaded.all().map((e) => [e.body, e.state])).toEqual([
      ['first', 'waiting'],
      ['second', 'waiting'],
    ]);
    reloaded.remove(['aaaaaaaa-1', 'aaaaaaaa-2']);
    expect(storage.items.has(OUTBOX_STORAGE_KEY)).toBe(false);
  });

  it('ignores storage it cannot read', () => {
    const storage = new MemoryStorage();
    storage.setItem(OUTBOX_STORAGE_KEY, '{not json');
    expect(new Outbox(storage).all()).toEqual([]);
    storage.setItem(OUTBOX_STORAGE_KEY, JSON.stringify([{ clientMessageId: 'bad id!', body: 1 }]));
    expect(new Outbox(storage).all()).toEqual([]);
  });

  it('takes back what was kept elsewhere on the device once, in the order she wrote it', () => {
    const closed = new Outbox(null);
    closed.add({ ...entry('aaaaaaaa-1', 'first'), writtenAt: 1 });
    closed.add({ ...entry('aaaaaaaa-3', 'third'), writtenAt: 3 });
    closed.setState('aaaaaaaa-3', 'sending');
    const kept = structuredClone(closed.all());

    // The app opens again: this tab already holds one message of its own and one of the kept ones.
    const reopened = new Outbox(new MemoryStorage());
    reopened.add({ ...entry('aaaaaaaa-2', 'second'), writtenAt: 2 });
    reopened.add({ ...entry('aaaaaaaa-1', 'first'), writtenAt: 1 });
    let changes = 0;
    reopened.subscribe(() => (changes += 1));
    reopened.restore([...kept, { clientMessageId: 'bad id!', body: 1 }]);
    expect(reopened.all().map((e) => [e.body, e.state])).toEqual([
      ['first', 'waiting'],
      ['second', 'waiting'],
      ['third', 'waiting'],
    ]);
    reopened.restore(kept);
    reopened.restore('not a list');
    expect(changes).toBe(1);
  });

  it('gives the oldest waiting message, and none while one is on its way', () => {
    const outbox = new Outbox(null);
    outbox.add(entry('aaaaaaaa-1'));
    outbox.add(entry('aaaaaaaa-2'));
    expect(outbox.next()?.clientMessageId).toBe('aaaaaaaa-1');
    outbox.setState('aaaaaaaa-1', 'sending');
    expect(outbox.next()).toBeNull();
    outbox.setState('aaaaaaaa-1', 'failed', { code: 'BAD_USER_INPUT', key: 'chat.messageTooLong', params: {} });
    expect(outbox.next()?.clientMessageId).toBe('aaaaaaaa-2');
    expect(outbox.of('c1').map((e) => e.state)).toEqual(['failed', 'waiting']);
  });
});

/** A connection that answers as the server would: it stores each client id once. */
class FakeServer {
  connected = true;
  stored = new Map<string, SentMessage>();
  requests: SendMessageRequest[] = [];
  /** Requests that reach the server but whose answer is lost on the way back. */
  loseAnswers = 0;
  refuse: AckResponse<SentMessage> | null = null;

  port = {
    connected: () => this.connected,
    send: async (request: SendMessageRequest): Promise<AckResponse<SentMessage>> => {
      if (!this.connected) throw new Error('disconnected');
      this.requests.push(request);
      if (this.refuse) return this.refuse;
      let sent = this.stored.get(request.clientMessageId);
      if (!sent) {
        sent = { id: `m${this.stored.size + 1}`, seq: this.stored.size + 1, createdAt: new Date().toISOString() };
        this.stored.set(request.clientMessageId, sent);
      }
      if (this.loseAnswers > 0) {
        this.loseAnswers -= 1;
        throw new Error('timeout');
      }
      return { ok: true, ...sent };
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('outbox sender', () => {
  it('sends nothing while offline, then everything in order once connected', async () => {
    const server = new FakeServer();
    server.connected = false;
    const outbox = new Outbox(null);
    const stored: string[] = [];
    const sender = new OutboxSender(outbox, server.port, (e) => stored.push(e.body), 60_000);
    outbox.add(entry('aaaaaaaa-1', 'one'));
    outbox.add(entry('aaaaaaaa-2', 'two'));
    sender.flush();
    await settle();
    expect(server.requests).toEqual([]);
    expect(outbox.all().map((e) => e.state)).toEqual(['waiting', 'waiting']);

    server.connected = true;
    sender.flush();
    await settle();
    expect(stored).toEqual(['one', 'two']);
    expect(outbox.all()).toEqual([]);
    sender.stop();
  });

  it('resends with the same client id when the answer is lost, and the server keeps it once', async () => {
    const server = new FakeServer();
    server.loseAnswers = 1;
    const outbox = new Outbox(null);
    const stored: number[] = [];
    const sender = new OutboxSender(outbox, server.port, (_e, sent) => stored.push(sent.seq), 10);
    outbox.add(entry('aaaaaaaa-1', 'one'));
    sender.flush();
    await settle();
    expect(outbox.all().map((e) => e.state)).toEqual(['waiting']);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(server.requests.map((r) => r.clientMessageId)).toEqual(['aaaaaaaa-1', 'aaaaaaaa-1']);
    expect(server.stored.size).toBe(1);
    expect(stored).toEqual([1]);
    expect(outbox.all()).toEqual([]);
    sender.stop();
  });

  it('keeps a refused message with the reason, and goes on with the next', async () => {
    const server = new FakeServer();
    const outbox = new Outbox(null);
    const sender = new OutboxSender(outbox, server.port, () => undefined, 60_000);
    server.refuse = {
      ok: false,
      error: { code: 'FORBIDDEN', key: 'chat.conversationClosed', message: 'closed', params: {} },
    };
    outbox.add(entry('aaaaaaaa-1', 'one'));
    sender.flush();
    await settle();
    expect(outbox.all()[0]).toMatchObject({ state: 'failed', problem: { key: 'chat.conversationClosed' } });

    server.refuse = null;
    outbox.add(entry('aaaaaaaa-2', 'two'));
    sender.flush();
    await settle();
    expect(outbox.all().map((e) => e.body)).toEqual(['one']);
    sender.stop();
  });

  it('waits and tries again after a rate limit', async () => {
    const server = new FakeServer();
    const outbox = new Outbox(null);
    const sender = new OutboxSender(outbox, server.port, () => undefined, 10);
    server.refuse = { ok: false, error: { code: 'RATE_LIMITED', key: 'chat.rateLimited', message: '', params: {} } };
    outbox.add(entry('aaaaaaaa-1', 'one'));
    sender.flush();
    await settle();
    expect(outbox.all().map((e) => e.state)).toEqual(['waiting']);
    server.refuse = null;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(outbox.all()).toEqual([]);
    sender.stop();
  });

  it('waits and tries again while the server cannot reach its database', async () => {
    const server = new FakeServer();
    const outbox = new Outbox(null);
    const sender = new OutboxSender(outbox, server.port, () => undefined, 10);
    const key = 'error.databaseUnavailable';
    server.refuse = { ok: false, error: { code: 'UNAVAILABLE', key, message: '', params: { retryAfterSeconds: 10 } } };
    outbox.add(entry('aaaaaaaa-1', 'one'));
    sender.flush();
    await settle();
    expect(outbox.all().map((e) => e.state)).toEqual(['waiting']);
    server.refuse = null;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(outbox.all()).toEqual([]);
    sender.stop();
  });
});

describe('outbox sender with voice messages', () => {
  /** Uploads as the server keeps them: once per client id; `down` makes the network fail. */
  function withUploads(server: FakeServer) {
    const uploads = { calls: [] as string[], stored: new Set<string>(), down: false, refuse: false };
    const port = {
      ...server.port,
      upload: async (e: OutboxEntry): Promise<UploadAnswer> => {
        await settle();
        uploads.calls.push(e.clientMessageId);
        if (uploads.down) return { ok: false, transient: true };
        if (uploads.refuse) {
          return {
            ok: false,
            transient: false,
            problem: { code: 'BAD_USER_INPUT', key: 'chat.voice.badAudio', params: {} },
          };
        }
        uploads.stored.add(e.clientMessageId);
        return { ok: true };
      },
    };
    return { uploads, port };
  }
  const voice = (clientMessageId: string) => ({
    clientMessageId,
    conversationId: 'c1',
    body: '',
    voice: { durationMs: 4000, mimeType: 'audio/webm' },
  });

  it('uploads the recording, then sends the message, each once; text messages need no upload', async () => {
    const server = new FakeServer();
    const { uploads, port } = withUploads(server);
    const outbox = new Outbox(null);
    const sender = new OutboxSender(outbox, port, () => undefined, 60_000);
    outbox.add(voice('aaaaaaaa-1'));
    outbox.add(entry('aaaaaaaa-2', 'two'));
    sender.flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(uploads.calls).toEqual(['aaaaaaaa-1']);
    expect(server.requests.map((r) => [r.clientMessageId, r.body])).toEqual([
      ['aaaaaaaa-1', ''],
      ['aaaaaaaa-2', 'two'],
    ]);
    expect(outbox.all()).toEqual([]);
    sender.stop();
  });

  it('offline, the recording waits in the outbox (kept across a reload) and goes once it is back', async () => {
    const storage = new MemoryStorage();
    const server = new FakeServer();
    const { uploads, port } = withUploads(server);
    uploads.down = true;
    const outbox = new Outbox(storage);
    const sender = new OutboxSender(outbox, port, () => undefined, 10);
    outbox.add(voice('aaaaaaaa-1'));
    sender.flush();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(server.requests).toEqual([]);
    sender.stop();

    const reloaded = new Outbox(storage);
    expect(reloaded.all()).toMatchObject([
      { clientMessageId: 'aaaaaaaa-1', voice: { durationMs: 4000 }, state: 'waiting' },
    ]);
    uploads.down = false;
    const again = new OutboxSender(reloaded, port, () => undefined, 10);
    again.flush();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect([...uploads.stored]).toEqual(['aaaaaaaa-1']);
    expect(server.requests.map((r) => r.clientMessageId)).toEqual(['aaaaaaaa-1']);
    expect(reloaded.all()).toEqual([]);
    again.stop();
  });

  it('a recording the server refuses stays with the reason and is never sent; the next message goes', async () => {
    const server = new FakeServer();
    const { uploads, port } = withUploads(server);
    uploads.refuse = true;
    const outbox = new Outbox(null);
    const sender = new OutboxSender(outbox, port, () => undefined, 60_000);
    outbox.add(voice('aaaaaaaa-1'));
    outbox.add(entry('aaaaaaaa-2', 'two'));
    sender.flush();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(outbox.all()).toMatchObject([{ state: 'failed', problem: { key: 'chat.voice.badAudio' } }]);
    expect(server.requests.map((r) => r.clientMessageId)).toEqual(['aaaaaaaa-2']);
    sender.stop();
  });
});
