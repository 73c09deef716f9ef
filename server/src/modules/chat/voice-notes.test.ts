// Voice messages: the recording is uploaded over HTTP (size, type and membership checked, a retry
// finds the stored one), sent as a message through the one send path, delivered live and by catch-up
// with its id and duration, played only by those who may read it, and gone with its sender's account.
import { VOICE_NOTE_MAX_BYTES, type SentMessage } from '@aliadas/shared';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  closeSockets,
  connectAs,
  nextEvent,
  openConversation,
  sendMessage,
  servicesOf,
} from '../../test-support/chat.js';
import { createServices } from '../../services.js';
import { startTestServer, TEST_PASSWORD, type TestPerson, type TestServer } from '../../test-support/test-server.js';
import { Message } from './message.entity.js';
import { VoiceNote } from './voice-note.entity.js';
import { VOICE_NOTES_PER_HOUR } from './voice-note.service.js';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer({ chat: { rateLimit: { messages: 1000, windowMs: 60_000 } } });
});
afterAll(async () => {
  closeSockets();
  await api?.close();
});

/** The first bytes of a WebM file as Chromium records it (EBML header, an Opus track), then "audio". */
function webmOpus(size = 2048): Buffer {
  const head = Buffer.concat([
    Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]),
    Buffer.from('webm'),
    Buffer.from([0x86, 0x86]),
    Buffer.from('A_OPUS'),
  ]);
  return Buffer.concat([head, Buffer.alloc(Math.max(size - head.length, 0), 7)]);
}

function oggOpus(size = 1024): Buffer {
  const head = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(24), Buffer.from('OpusHead')]);
  return Buffer.concat([head, Buffer.alloc(size - head.length, 3)]);
}

interface Upload {
  conversationId: string;
  clientMessageId?: string;
  durationMs?: number;
  type?: string;
  audio?: Buffer;
  token?: string | null;
}

async function upload(person: TestPerson | null, options: Upload) {
  const query = new URLSearchParams({
    conversationId: options.conversationId,
    clientMessageId: options.clientMessageId ?? randomUUID(),
    durationMs: String(options.durationMs ?? 3000),
  });
  const response = await fetch(`${api.url}/voice-notes?${query.toString()}`, {
    method: 'POST',
    headers: {
      'content-type': options.type ?? 'audio/webm;codecs=opus',
      ...(person ? { authorization: `Bearer ${person.token}` } : {}),
    },
    body: new Uint8Array(options.audio ?? webmOpus()),
  });
  const json = (await response.json()) as {
    voiceNote?: { id: string; durationMs: number; mimeType: string };
    errors?: { extensions: { key: string } }[];
  };
  return { status: response.status, ...json };
}

function play(person: TestPerson | null, id: string) {
  return fetch(`${api.url}/voice-notes/${id}`, {
    headers: person ? { authorization: `Bearer ${person.token}` } : {},
  });
}

async function pair() {
  const entrepreneur = await api.person(['ENTREPRENEUR']);
  const mentor = await api.person(['MENTOR']);
  const conversation = await openConversation(api, [entrepreneur.id, mentor.id]);
  return { entrepreneur, mentor, conversationId: conversation.id };
}

const MESSAGES = `query($id: ID!) { messages(conversationId: $id, limit: 50) { messages {
  seq body redacted clientMessageId voiceNote { id durationMs mimeType }
} } }`;

describe('uploading a voice note', () => {
  test('stores Opus in WebM or Ogg once, and a retry of the same upload gets the same note', async () => {
    const { entrepreneur, conversationId } = await pair();
    const clientMessageId = randomUUID();
    const first = await upload(entrepreneur, { conversationId, clientMessageId, durationMs: 4200 });
    expect(first.status).toBe(201);
    expect(first.voiceNote).toMatchObject({ durationMs: 4200, mimeType: 'audio/webm' });
    const again = await upload(entrepreneur, { conversationId, clientMessageId, durationMs: 4200 });
    expect(again.status).toBe(200);
    expect(again.voiceNote?.id).toBe(first.voiceNote?.id);
    const em = api.server.orm.em.fork();
    expect(await em.count(VoiceNote, { sender: entrepreneur.id, clientMessageId })).toBe(1);

    const ogg = await upload(entrepreneur, { conversationId, type: 'audio/ogg; codecs=opus', audio: oggOpus() });
    expect(ogg.status).toBe(201);
    expect(ogg.voiceNote?.mimeType).toBe('audio/ogg');
  });

  test('refuses other types, bytes that are not Opus, too long, too large, and strangers', async () => {
    const { entrepreneur, conversationId } = await pair();
    const key = (r: { errors?: { extensions: { key: string } }[] }) => r.errors?.[0]?.extensions.key;

    const mp3 = await upload(entrepreneur, { conversationId, type: 'audio/mpeg' });
    expect([mp3.status, key(mp3)]).toEqual([400, 'chat.voice.badAudio']);
    const disguised = await upload(entrepreneur, { conversationId, audio: Buffer.from('<html>not audio</html>') });
    expect([disguised.status, key(disguised)]).toEqual([400, 'chat.voice.badAudio']);
    const oggAsWebm = await upload(entrepreneur, { conversationId, audio: oggOpus() });
    expect(oggAsWebm.status).toBe(400);
    const long = await upload(entrepreneur, { conversationId, durationMs: 120_001 });
    expect([long.status, key(long)]).toEqual([400, 'chat.voice.tooLong']);
    const large = await upload(entrepreneur, { conversationId, audio: webmOpus(VOICE_NOTE_MAX_BYTES + 1) });
    expect(large.status).toBe(413);
    const huge = await upload(entrepreneur, { conversationId, audio: webmOpus(VOICE_NOTE_MAX_BYTES * 2) });
    expect(huge.status).toBe(413);

    const stranger = await api.person(['ENTREPRENEUR']);
    const notHers = await upload(stranger, { conversationId });
    expect(notHers.status).toBe(404);
    const anonymous = await upload(null, { conversationId });
    expect(anonymous.status).toBe(401);

    const em = api.server.orm.em.fork();
    expect(await em.count(VoiceNote, { conversation: conversationId })).toBe(0);
  });
});

describe('the hourly limit', () => {
  test('stops a flood of recordings from one person; a retry of a stored one still gets its answer', async () => {
    const { entrepreneur, conversationId } = await pair();
    const first = randomUUID();
    for (let i = 0; i < VOICE_NOTES_PER_HOUR; i += 1) {
      const stored = await upload(entrepreneur, {
        conversationId,
        clientMessageId: i === 0 ? first : randomUUID(),
        audio: webmOpus(64),
      });
      expect(stored.status).toBe(201);
    }
    const query = new URLSearchParams({ conversationId, clientMessageId: randomUUID(), durationMs: '2000' });
    const refused = await fetch(`${api.url}/voice-notes?${query.toString()}`, {
      method: 'POST',
      headers: { 'content-type': 'audio/webm', authorization: `Bearer ${entrepreneur.token}` },
      body: new Uint8Array(webmOpus(64)),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { extensions: { key: string } }[] };
    expect(body.errors[0]!.extensions.key).toBe('chat.voice.tooMany');

    const retried = await upload(entrepreneur, { conversationId, clientMessageId: first, audio: webmOpus(64) });
    expect(retried.status).toBe(200);
  });
});

describe('a voice message', () => {
  test('is sent with an empty body, delivered live and by catch-up with its recording, sent once on retry', async () => {
    const { entrepreneur, mentor, conversationId } = await pair();
    const clientMessageId = randomUUID();
    const stored = await upload(entrepreneur, { conversationId, clientMessageId, durationMs: 3500 });
    const voiceNote = { id: stored.voiceNote!.id, durationMs: 3500, mimeType: 'audio/webm' };

    const hers = await connectAs(api, entrepreneur.token);
    const his = await connectAs(api, mentor.token);
    const arrived = nextEvent(his, 'message:new');
    const sent = await sendMessage(hers, { conversationId, clientMessageId, body: '' });
    expect(sent).toMatchObject({ ok: true, seq: 1 });
    const { id } = sent as SentMessage;
    expect(await arrived).toMatchObject({ id, seq: 1, body: '', voiceNote });

    // Her acknowledgement was lost: the retry gets the same message, nothing is written twice.
    const retried = await sendMessage(hers, { conversationId, clientMessageId, body: '' });
    expect(retried).toMatchObject({ ok: true, id, seq: 1 });
    const em = api.server.orm.em.fork();
    expect(await em.count('Message', { conversation: conversationId })).toBe(1);
    const over = await servicesOf(api).chat.sendMessage(entrepreneur.id, { conversationId, clientMessageId, body: '' });
    expect(over).toMatchObject({ created: false, message: { id, voiceNote } });

    // Catch-up after a reconnect, and the history over GraphQL.
    const sync = await his.timeout(10_000).emitWithAck('conversation:sync', { conversationId, afterSeq: 0 });
    expect(sync).toMatchObject({ ok: true, messages: [{ seq: 1, voiceNote }] });
    const history = await api.gql<{ messages: { messages: { voiceNote: unknown }[] } }>(
      MESSAGES,
      { id: conversationId },
      mentor,
    );
    expect(history.data?.messages.messages).toEqual([
      { seq: 1, body: '', redacted: false, clientMessageId, voiceNote },
    ]);

    // An empty message without a recording is still refused.
    const empty = await sendMessage(hers, { conversationId, body: '' });
    expect(empty).toMatchObject({ ok: false, error: { key: 'chat.emptyMessage' } });
  });

  test('plays for the members once sent, privately cached; for nobody else', async () => {
    const { entrepreneur, mentor, conversationId } = await pair();
    const clientMessageId = randomUUID();
    const audio = webmOpus(3000);
    const stored = await upload(entrepreneur, { conversationId, clientMessageId, audio });
    const id = stored.voiceNote!.id;

    // Before it is sent, only she can listen to it.
    expect((await play(entrepreneur, id)).status).toBe(200);
    expect((await play(mentor, id)).status).toBe(404);

    await servicesOf(api).chat.sendMessage(entrepreneur.id, { conversationId, clientMessageId, body: '' });
    const response = await play(mentor, id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/webm');
    expect(response.headers.get('cache-control')).toMatch(/^private/);
    expect(Buffer.from(await response.arrayBuffer()).equals(audio)).toBe(true);

    const stranger = await api.person(['MENTOR']);
    expect((await play(stranger, id)).status).toBe(404);
    expect((await play(null, id)).status).toBe(401);
    expect((await play(mentor, randomUUID())).status).toBe(404);
    expect((await play(mentor, 'not-an-id')).status).toBe(404);
  });

  test('in a circle, not for a woman who joined after it was sent', async () => {
    const chat = servicesOf(api).chat;
    const first = await api.person(['ENTREPRENEUR']);
    const later = await api.person(['ENTREPRENEUR']);
    const conversation = await chat.openCircleConversation();
    await chat.addCircleMember(conversation, first.id);
    const clientMessageId = randomUUID();
    const stored = await upload(first, { conversationId: conversation.id, clientMessageId });
    await servicesOf(api).chat.sendMessage(first.id, { conversationId: conversation.id, clientMessageId, body: '' });

    const again = servicesOf(api).chat;
    const fresh = await api.server.orm.em.fork().findOneOrFail('Conversation', { id: conversation.id });
    await again.addCircleMember(fresh as typeof conversation, later.id);
    expect((await play(later, stored.voiceNote!.id)).status).toBe(404);
    expect((await play(first, stored.voiceNote!.id)).status).toBe(200);
  });

  test("removed by a circle's moderator, its recording goes with it", async () => {
    const chat = servicesOf(api).chat;
    const speaker = await api.person(['ENTREPRENEUR']);
    const listener = await api.person(['ENTREPRENEUR']);
    const conversation = await chat.openCircleConversation();
    await chat.addCircleMember(conversation, speaker.id);
    await chat.addCircleMember(conversation, listener.id);
    const clientMessageId = randomUUID();
    const stored = await upload(speaker, { conversationId: conversation.id, clientMessageId });
    await servicesOf(api).chat.sendMessage(speaker.id, { conversationId: conversation.id, clientMessageId, body: '' });
    expect((await play(listener, stored.voiceNote!.id)).status).toBe(200);

    const em = api.server.orm.em.fork();
    const message = await em.findOneOrFail(Message, { sender: speaker.id, clientMessageId });
    await createServices(em, api.server.deps, null).chat.removeMessage(message);

    expect((await play(listener, stored.voiceNote!.id)).status).toBe(404);
    expect((await play(speaker, stored.voiceNote!.id)).status).toBe(404);
    const history = await api.gql<{ messages: { messages: unknown[] } }>(MESSAGES, { id: conversation.id }, listener);
    expect(history.data?.messages.messages).toEqual([
      { seq: 1, body: '', redacted: false, clientMessageId, voiceNote: null },
    ]);
  });

  test("goes with its sender's account: the message reads as deleted and the audio is gone", async () => {
    const { entrepreneur, mentor, conversationId } = await pair();
    const clientMessageId = randomUUID();
    const stored = await upload(entrepreneur, { conversationId, clientMessageId });
    await servicesOf(api).chat.sendMessage(entrepreneur.id, { conversationId, clientMessageId, body: '' });
    expect((await play(mentor, stored.voiceNote!.id)).status).toBe(200);

    const deleted = await api.gql(
      'mutation($p: String!) { deleteMyAccount(password: $p) }',
      {
        p: TEST_PASSWORD,
      },
      entrepreneur,
    );
    expect(deleted.errors).toBeUndefined();

    expect((await play(mentor, stored.voiceNote!.id)).status).toBe(404);
    const em = api.server.orm.em.fork();
    expect(await em.count(VoiceNote, { sender: entrepreneur.id })).toBe(0);
    const history = await api.gql<{ messages: { messages: unknown[] } }>(MESSAGES, { id: conversationId }, mentor);
    expect(history.data?.messages.messages).toEqual([
      { seq: 1, body: '', redacted: true, clientMessageId, voiceNote: null },
    ]);
  });
});
