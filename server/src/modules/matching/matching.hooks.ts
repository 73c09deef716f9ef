// What the matching feature needs from other features, as small ports wired in services.ts: the
// chat's conversations, the chat's blocks, the broadcaster of live updates, and where rounds are computed.
import type { RoundPhase, SupportKind } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import type { MatchStatus } from './match-lifecycle.js';
import { defaultRoundPlanner, type RoundPlanner } from './round-planner.js';

/**
 * Conversations of matches. Both are called inside the transaction that moves the match, with its
 * entity manager, so a match never becomes ACTIVE without its conversation (nor the other way round).
 * The app wires chat's ports here (modules/chat/chat.ports.ts, in app.ts); the no-op is for scripts.
 */
export interface MatchConversations {
  openConversationForMatch(em: EntityManager, matchId: string, userIds: string[]): Promise<void>;
  closeConversationForMatch(em: EntityManager, matchId: string): Promise<void>;
}

export const NO_CONVERSATIONS: MatchConversations = {
  openConversationForMatch: async () => undefined,
  closeConversationForMatch: async () => undefined,
};

/**
 * Called inside the transaction that ends a match the two of them worked in (ACTIVE → COMPLETED or
 * WITHDRAWN): the feedback feature asks both for their word. Wired in app.ts; the no-op is for scripts.
 */
export interface MatchEndings {
  matchEnded(
    em: EntityManager,
    match: { id: string; kind: SupportKind; entrepreneurUserId: string; supporterUserId: string },
  ): Promise<void>;
}

export const NO_ENDINGS: MatchEndings = { matchEnded: async () => undefined };

/**
 * What the two people hear of their match, called inside the transaction that moves it: the supporter
 * of an invitation a coordinator approved, and both once it is ACTIVE. The app wires the notifications
 * feature here (notifications/match-notices.ts); the no-op is for scripts.
 */
export interface MatchNotices {
  invited(em: EntityManager, match: { id: string; kind: string; supporterUserId: string }): Promise<void>;
  started(
    em: EntityManager,
    match: { id: string; kind: string; entrepreneurUserId: string; supporterUserId: string },
  ): Promise<void>;
}

export const NO_NOTICES: MatchNotices = { invited: async () => undefined, started: async () => undefined };

export interface Block {
  userId: string;
  blockedUserId: string;
}

/**
 * Blocks between people, kept by the chat feature. `among` limits the answer to blocks that involve
 * any of these users (undefined: every block).
 */
export type BlockSource = (em: EntityManager, among?: readonly string[]) => Promise<Block[]>;

/** For services built without the chat feature (scripts, tests of matching alone). */
export const NO_BLOCKS: BlockSource = async () => [];

export type MatchingEvent =
  | {
      type: 'match.changed';
      matchId: string;
      from: MatchStatus | null;
      to: MatchStatus;
      entrepreneurUserId: string;
      supporterUserId: string;
    }
  | { type: 'round.completed'; roundId: string; dryRun: boolean; runByUserId: string | null }
  /** Live only, never stored: how far a running round has got, for the coordinator who started it. */
  | { type: 'round.progress'; roundId: string; runByUserId: string; phase: RoundPhase; fraction: number };

/** Receives domain events after the transaction that caused them has committed. */
export type MatchingEventSink = (event: MatchingEvent) => void;

export const NO_EVENTS: MatchingEventSink = () => undefined;

export interface MatchingDependencies {
  clock: () => Date;
  /** How long an approved invitation waits for the supporter's answer. */
  invitationTtlMs: number;
  conversations: MatchConversations;
  notices: MatchNotices;
  endings: MatchEndings;
  blocks: BlockSource;
  publish: MatchingEventSink;
  /** Runs a round's engine and solver (in a worker thread unless told otherwise). */
  planRound: RoundPlanner;
}

export function matchingDependencies(overrides: Partial<MatchingDependencies> = {}): MatchingDependencies {
  return {
    clock: () => new Date(),
    invitationTtlMs: 72 * 3_600_000,
    conversations: NO_CONVERSATIONS,
    notices: NO_NOTICES,
    endings: NO_ENDINGS,
    blocks: NO_BLOCKS,
    publish: NO_EVENTS,
    planRound: defaultRoundPlanner(),
    ...overrides,
  };
}
