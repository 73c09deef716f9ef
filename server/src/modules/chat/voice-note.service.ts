// Voice messages: the recording is stored first, under the message's own (sender, clientMessageId), and
// the message sent with that clientMessageId through the one send path carries it.
import {
  CLIENT_MESSAGE_ID_PATTERN,
  VOICE_NOTE_MAX_BYTES,
  VOICE_NOTE_MAX_DURATION_MS,
  VOICE_NOTE_MIME_TYPES,
  type VoiceNoteInfo,
  type VoiceNoteMimeType,
} from '@aliadas/shared';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, NotFoundError, RateLimitedError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { Block } from './block.entity.js';
import { isUuid } from './chat.policy.js';
import { ConversationMember } from './conversation-member.entity.js';
import { Conversation } from './conversation.entity.js';
import { Message } from './message.entity.js';
import { VoiceNote, VoiceNoteView } from './voice-note.entity.js';

/** Recordings one person may store in an hour: far more than anyone speaks, far less than a flood. */
export const VOICE_NOTES_PER_HOUR = 60;
const HOUR_MS = 3_600_000;

export interface VoiceNoteUpload {
  conversationId: string;
  clientMessageId: string;
  /** The content type she sent, parameters (such as codecs) left out. */
  mimeType: string;
  durationMs: number;
  audio: Buffer;
}

export interface StoredVoiceNote {
  voiceNote: VoiceNoteInfo;
  /** False when this upload was a retry of one already stored. */
  created: boolean;
}

export class VoiceNoteService {
  constructor(private readonly em: EntityManager) {}

  /** Stores her recording for the message she is about to send; a retry returns the stored one. */
  async upload(senderId: string, input: VoiceNoteUpload): Promise<StoredVoiceNote> {
    if (!CLIENT_MESSAGE_ID_PATTERN.test(input.clientMessageId)) {
      throw new BadUserInputError('chat.badClientMessageId', 'Each message needs an id of 8 to 64 letters or digits.');
    }
    if (!isUuid(input.conversationId)) throw new NotFoundError('Conversation');
    const mimeType = VOICE_NOTE_MIME_TYPES.find((t) => t === input.mimeType);
    if (!mimeType || !isOpusIn(mimeType, input.audio)) {
      throw new BadUserInputError('chat.voice.badAudio', 'A voice note must be Opus audio in WebM or Ogg.');
    }
    if (input.audio.length > VOICE_NOTE_MAX_BYTES) {
      throw new BadUserInputError('chat.voice.tooLarge', 'This voice note is too large.', {
        max: VOICE_NOTE_MAX_BYTES,
      });
    }
    if (!Number.isInteger(input.durationMs) || input.durationMs <= 0 || input.durationMs > VOICE_NOTE_MAX_DURATION_MS) {
      throw new BadUserInputError('chat.voice.tooLong', 'A voice note lasts at most two minutes.', {
        maxSeconds: VOICE_NOTE_MAX_DURATION_MS / 1000,
      });
    }
    const earlier = await this.stored(senderId, input.clientMessageId);
    if (earlier) return { voiceNote: sameConversation(earlier, input.conversationId), created: false };

    await this.withinHourlyLimit(senderId);

    const member = await this.em.findOne(
      ConversationMember,
      { conversation: input.conversationId, user: senderId },
      { populate: ['conversation'] },
    );
    if (!member) throw new NotFoundError('Conversation');
    if (member.conversation.closedAt) {
      throw new ConflictError(
        'chat.conversationClosed',
        'This conversation has ended: it can be read but not written to.',
      );
    }
    try {
      const note = await this.em.fork().transactional(async (em) => {
        const created = em.create(VoiceNote, {
          conversation: em.getReference(Conversation, input.conversationId),
          sender: em.getReference(User, senderId),
          clientMessageId: input.clientMessageId,
          mimeType,
          durationMs: input.durationMs,
          byteSize: input.audio.length,
          audio: input.audio,
        });
        await em.flush();
        return created;
      });
      return { voiceNote: viewOf(note), created: true };
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      // The same upload arrived twice at once: the first one won.
      const raced = await this.stored(senderId, input.clientMessageId);
      if (!raced) throw error;
      return { voiceNote: sameConversation(raced, input.conversationId), created: false };
    }
  }

  /**
   * Her recording for a message she sends with this clientMessageId, or null. An empty body is then
   * allowed: the recording is the message.
   */
  async forMessage(senderId: string, conversationId: string, clientMessageId: string): Promise<VoiceNoteView | null> {
    const note = await this.stored(senderId, clientMessageId);
    return note && note.conversation.id === conversationId ? viewOf(note) : null;
  }

  /**
   * Sets the recording on each voice message of a page, as this reader sees it: nothing on a message
   * that was deleted with its sender's account, removed by a moderator, or hidden by a block.
   */
  async attach(conversationId: string, messages: Message[]): Promise<void> {
    const shown = messages.filter((m) => !m.redactedAt && !m.removedAt && !m.hiddenForReader);
    if (shown.length === 0) return;
    const notes = await this.em.find(VoiceNote, {
      conversation: conversationId,
      clientMessageId: { $in: [...new Set(shown.map((m) => m.clientMessageId))] },
    });
    for (const message of shown) {
      const note = notes.find((n) => n.sender.id === message.senderId && n.clientMessageId === message.clientMessageId);
      if (note) message.voiceNoteInfo = viewOf(note);
    }
  }

  /**
   * The audio, for a member of its conversation who may read the message: its sender at any time; the
   * others once it is sent, and in a circle only if it was sent after she joined and no block stands
   * between them. Anyone else learns nothing, not even that it exists.
   */
  async playable(readerId: string, voiceNoteId: string): Promise<{ mimeType: VoiceNoteMimeType; audio: Buffer }> {
    if (!isUuid(voiceNoteId)) throw new NotFoundError('Voice note');
    const note = await this.em.findOne(VoiceNote, { id: voiceNoteId }, { populate: ['audio', 'conversation'] });
    if (!note) throw new NotFoundError('Voice note');
    const member = await this.em.findOne(ConversationMember, { conversation: note.conversation.id, user: readerId });
    if (!member) throw new NotFoundError('Voice note');
    if (note.sender.id !== readerId) {
      const message = await this.em.findOne(Message, { sender: note.sender.id, clientMessageId: note.clientMessageId });
      if (!message || message.conversationId !== note.conversation.id) throw new NotFoundError('Voice note');
      if (message.redactedAt || message.removedAt || message.seq <= member.joinedSeq) {
        throw new NotFoundError('Voice note');
      }
      if (note.conversation.kind === 'CIRCLE') {
        const blocks = await this.em.count(Block, {
          $or: [
            { user: readerId, blockedUser: note.sender.id },
            { user: note.sender.id, blockedUser: readerId },
          ],
        });
        if (blocks > 0) throw new NotFoundError('Voice note');
      }
    }
    return { mimeType: note.mimeType, audio: Buffer.from(note.audio) };
  }

  /** The recording of a message a moderator removed goes with it. */
  async discardFor(message: Message): Promise<void> {
    await this.em.nativeDelete(VoiceNote, { sender: message.senderId, clientMessageId: message.clientMessageId });
  }

  /** Each recording is up to a megabyte: a retry is free, a new one counts against her hour. */
  private async withinHourlyLimit(senderId: string): Promise<void> {
    const since = new Date(Date.now() - HOUR_MS);
    const recent = await this.em.find(
      VoiceNote,
      { sender: senderId, createdAt: { $gt: since } },
      { fields: ['createdAt'], orderBy: { createdAt: 'desc' }, limit: VOICE_NOTES_PER_HOUR },
    );
    if (recent.length < VOICE_NOTES_PER_HOUR) return;
    const oldest = recent.at(-1)!.createdAt.getTime();
    throw new RateLimitedError(
      'chat.voice.tooMany',
      'Too many voice messages for now. Please try again later.',
      Math.max(Math.ceil((oldest + HOUR_MS - Date.now()) / 1000), 1),
    );
  }

  private stored(senderId: string, clientMessageId: string): Promise<VoiceNote | null> {
    // The audio is lazy: only playing loads it.
    return this.em.findOne(VoiceNote, { sender: senderId, clientMessageId }, { refresh: true });
  }
}

function viewOf(note: VoiceNote): VoiceNoteView {
  return Object.assign(new VoiceNoteView(), { id: note.id, durationMs: note.durationMs, mimeType: note.mimeType });
}

function sameConversation(note: VoiceNote, conversationId: string): VoiceNoteView {
  if (note.conversation.id !== conversationId) {
    throw new ConflictError('chat.clientMessageIdReused', 'This message id was already used for another message.');
  }
  return viewOf(note);
}

const EBML = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);

/**
 * The container's magic bytes, and Opus named in its header: WebM's codec id `A_OPUS` in its first
 * bytes, Ogg's first packet `OpusHead`. Anything else is refused before it is stored.
 */
export function isOpusIn(mimeType: VoiceNoteMimeType, audio: Buffer): boolean {
  const head = audio.subarray(0, 4096);
  if (mimeType === 'audio/webm') return head.subarray(0, 4).equals(EBML) && head.includes('A_OPUS');
  return head.subarray(0, 4).toString('latin1') === 'OggS' && head.includes('OpusHead');
}
