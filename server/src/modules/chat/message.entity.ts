import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity.js';
import { Conversation } from './conversation.entity.js';
import { VoiceNoteView } from './voice-note.entity.js';

/**
 * One chat message. `seq` orders a conversation without gaps; the client-made `clientMessageId` makes a
 * retry find the stored message instead of writing a second one.
 */
@ObjectType()
@Entity({ tableName: 'messages' })
@Unique({ properties: ['conversation', 'seq'] })
@Unique({ properties: ['sender', 'clientMessageId'] })
export class Message {
  [OptionalProps]?: 'createdAt' | 'conversationId' | 'senderId' | 'redacted' | 'removed' | 'hidden' | 'voiceNote';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Conversation, { deleteRule: 'cascade' })
  conversation!: Rel<Conversation>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  seq!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  sender!: Rel<User>;

  @Field(() => String)
  @Property({ type: 'string', length: 64 })
  clientMessageId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Set when the sender deleted her account: the body is emptied and the other person sees "message deleted". */
  @Property({ type: 'datetime', nullable: true })
  redactedAt?: Date | null;

  @Field(() => Boolean, { description: 'The sender deleted her account: the body is empty.' })
  get redacted(): boolean {
    return this.redactedAt != null;
  }

  /** Set when a circle's moderator removed it: the body is emptied and everyone sees "message removed". */
  @Property({ type: 'datetime', nullable: true })
  removedAt?: Date | null;

  @Field(() => Boolean, { description: "A circle's moderator removed it: the body is empty." })
  get removed(): boolean {
    return this.removedAt != null;
  }

  /** Not stored: set on a copy for a reader who blocked its sender in a circle, or was blocked by her. */
  hiddenForReader?: boolean;

  @Field(() => Boolean, {
    description: 'In a circle, its sender and the reader blocked one another: the body is empty, show nothing.',
  })
  get hidden(): boolean {
    return this.hiddenForReader === true;
  }

  /** Not stored here: the recording of a voice message, set for readers who may play it. */
  voiceNoteInfo?: VoiceNoteView | null;

  @Field(() => VoiceNoteView, { nullable: true, description: 'A voice message: its recording.' })
  get voiceNote(): VoiceNoteView | null {
    return this.voiceNoteInfo ?? null;
  }

  @Field(() => ID)
  get conversationId(): string {
    return this.conversation.id;
  }

  @Field(() => ID)
  get senderId(): string {
    return this.sender.id;
  }
}
