// The chat feature's entities, listed for the ORM in db/entities.ts.
export { Block } from './block.entity.js';
export { ConversationMember } from './conversation-member.entity.js';
export { Conversation } from './conversation.entity.js';
export { Message } from './message.entity.js';
export { Report } from './report.entity.js';
export { VoiceNote } from './voice-note.entity.js';
