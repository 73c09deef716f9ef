import type { Rel } from '@mikro-orm/core';
import { BlobType, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { VOICE_NOTE_MIME_TYPES, type VoiceNoteInfo, type VoiceNoteMimeType } from '@aliadas/shared';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Conversation } from './conversation.entity.js';

/**
 * A recorded voice message. It is uploaded first under the message's own (sender, clientMessageId), so
 * a retried upload finds it again, and the message sent with that clientMessageId carries it.
 */
@Entity({ tableName: 'voice_notes' })
@Unique({ properties: ['sender', 'clientMessageId'] })
// A page of messages finds its recordings by conversation.
@Index({ properties: ['conversation', 'clientMessageId'] })
export class VoiceNote {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Conversation, { deleteRule: 'cascade' })
  conversation!: Rel<Conversation>;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  sender!: Rel<User>;

  @Property({ type: 'string', length: 64 })
  clientMessageId!: string;

  @Property({ type: 'string', length: 16 })
  mimeType!: VoiceNoteMimeType;

  @Property({ type: 'integer' })
  durationMs!: number;

  @Property({ type: 'integer' })
  byteSize!: number;

  /** Loaded only to play it; never part of a data export (she has the recording, the metadata says what). */
  @Property({ type: BlobType, lazy: true, hidden: true })
  audio!: Buffer;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType('VoiceNote', { description: 'The recording of a voice message; its audio is at /voice-notes/<id>.' })
export class VoiceNoteView implements VoiceNoteInfo {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => String, { description: VOICE_NOTE_MIME_TYPES.join(' or ') })
  mimeType!: VoiceNoteMimeType;
}
