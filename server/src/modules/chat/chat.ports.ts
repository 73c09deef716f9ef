// What the matching feature needs from chat, shaped as its ports (MatchConversations and BlockSource
// in modules/matching/matching.hooks.ts): they run with the caller's entity manager, inside the
// transaction that moves the match, so a match never becomes ACTIVE without its conversation.
import type { EntityManager } from '@mikro-orm/core';
import { InterpretersService } from '../interpreters/interpreters.service.js';
import { ChatService, type BlockPair, type ChatDependencies } from './chat.service.js';

export function matchConversations(deps: ChatDependencies) {
  return {
    openConversationForMatch: async (em: EntityManager, matchId: string, userIds: string[]): Promise<void> => {
      await new ChatService(em, deps).openConversationForMatch(matchId, userIds);
    },
    closeConversationForMatch: async (em: EntityManager, matchId: string): Promise<void> => {
      // Her interpreter leaves first: the match's end is no longer hers to read.
      await new InterpretersService(em, deps).endForMatch(matchId);
      await new ChatService(em, deps).closeConversationForMatch(matchId);
    },
  };
}

/** Blocks that involve any of `among` (every block when undefined), either way. */
export function blockSource(deps: ChatDependencies) {
  return (em: EntityManager, among?: readonly string[]): Promise<BlockPair[]> =>
    new ChatService(em, deps).blocksInvolving(among);
}
