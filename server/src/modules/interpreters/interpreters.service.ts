// The rules of interpreters in a match's conversation: a coordinator proposes one, both women consent,
// she joins that one conversation only, and leaves it when the coordinator or either woman ends her part
// or the match ends. Called by GraphQL resolvers and by the chat port matching uses when a match ends.
import { interpreterBridge, type InterpreterEndReason, type LanguageCode } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { takeWriteLock } from '../../db/write-lock.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Block } from '../chat/block.entity.js';
import { isUuid } from '../chat/chat.policy.js';
import { ChatService, type ChatDependencies } from '../chat/chat.service.js';
import { ConversationMember } from '../chat/conversation-member.entity.js';
import { Conversation } from '../chat/conversation.entity.js';
import { Match } from '../matching/match.entity.js';
import { isMatchingStaff } from '../matching/matching.policy.js';
import { NotificationService } from '../notifications/notification.service.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { SupporterProfile } from '../profiles/supporter-profile.entity.js';
import { InterpreterAssignment } from './interpreter-assignment.entity.js';
import { INTERPRETER_CANDIDATES_MAX, OPEN_STATUSES, partyOf, type MatchParty } from './interpreters.policy.js';

export interface InterpreterCandidateData {
  userId: string;
  displayName: string;
  entrepreneurLanguage: LanguageCode;
  supporterLanguage: LanguageCode;
}

/** An assignment as the person asking may see it: the interpreter is never shown the match. */
export interface InterpreterAssignmentData {
  id: string;
  conversationId: string;
  matchId: string | null;
  status: InterpreterAssignment['status'];
  interpreterId: string;
  interpreterName: string;
  entrepreneurLanguage: LanguageCode;
  supporterLanguage: LanguageCode;
  entrepreneurConsented: boolean;
  supporterConsented: boolean;
  /** Which woman of the match she is, when she is one: her consent is asked while it is PROPOSED. */
  mySide: MatchParty | null;
  createdAt: Date;
  joinedAt: Date | null;
  endedAt: Date | null;
  endReason: InterpreterEndReason | null;
}

export class InterpretersService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: ChatDependencies,
    private readonly requestId: string | null = null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Interpreters who can bridge the two women's languages, for a coordinator to choose from. */
  async candidates(actor: User, matchId: string): Promise<InterpreterCandidateData[]> {
    const match = await this.staffMatch(actor, matchId);
    const { entrepreneurLanguages, supporterLanguages } = await this.languagesOf(this.em, match);
    const profiles = await this.em.find(
      SupporterProfile,
      {
        user: {
          roleGrants: { role: 'INTERPRETER' },
          deletedAt: null,
          id: { $nin: [match.entrepreneur.id, match.supporter.id] },
        },
      },
      { populate: ['user'], orderBy: { user: { displayName: 'asc' } }, limit: 500 },
    );
    const blocked = await this.blockedWithEither(this.em, match);
    const result: InterpreterCandidateData[] = [];
    for (const profile of profiles) {
      if (blocked.has(profile.user.id)) continue;
      const bridge = interpreterBridge(profile.languages, entrepreneurLanguages, supporterLanguages);
      if (!bridge) continue;
      result.push({ userId: profile.user.id, displayName: profile.user.displayName, ...bridge });
      if (result.length >= INTERPRETER_CANDIDATES_MAX) break;
    }
    return result;
  }

  /** The assignments of one match, newest first, for coordinators. */
  async forMatch(actor: User, matchId: string): Promise<InterpreterAssignmentData[]> {
    const match = await this.staffMatch(actor, matchId);
    const rows = await this.em.find(
      InterpreterAssignment,
      { match: match.id },
      { populate: ['interpreter'], orderBy: { createdAt: 'desc', id: 'asc' }, limit: 50 },
    );
    return rows.map((a) => view(a, match, actor));
  }

  /** The proposed or present interpreters of a conversation, for its members; NOT_FOUND for anyone else. */
  async forConversation(actor: User, conversationId: string): Promise<InterpreterAssignmentData[]> {
    if (!isUuid(conversationId)) throw new NotFoundError('Conversation');
    const member = await this.em.findOne(ConversationMember, { conversation: conversationId, user: actor.id });
    if (!member) throw new NotFoundError('Conversation');
    const rows = await this.em.find(
      InterpreterAssignment,
      { conversation: conversationId, status: { $in: [...OPEN_STATUSES] } },
      { populate: ['interpreter', 'match'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return rows.map((a) => view(a, a.match, actor));
  }

  /** A coordinator proposes an interpreter for an active match; both women are asked to consent. */
  async propose(actor: User, matchId: string, interpreterId: string): Promise<InterpreterAssignmentData> {
    if (!isUuid(interpreterId)) throw new NotFoundError('Interpreter');
    const assignment = await this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const match = await this.staffMatch(actor, matchId, em);
      if (match.status !== 'ACTIVE') {
        throw new ConflictError('interpreter.matchNotActive', 'An interpreter joins only an active match.');
      }
      const conversation = await em.findOne(Conversation, { matchId: match.id });
      if (!conversation || conversation.closedAt) {
        throw new ConflictError('interpreter.matchNotActive', 'An interpreter joins only an active match.');
      }
      const interpreter = await em.findOne(User, { id: interpreterId, deletedAt: null }, { populate: ['roleGrants'] });
      if (!interpreter || !interpreter.hasRole('INTERPRETER')) throw new NotFoundError('Interpreter');
      if (interpreter.id === match.entrepreneur.id || interpreter.id === match.supporter.id) {
        throw new BadUserInputError('interpreter.isParty', 'She is already one of the two people of this match.');
      }
      if ((await this.blockedWithEither(em, match)).has(interpreter.id)) {
        throw new ConflictError('interpreter.blocked', 'This interpreter cannot join this conversation.');
      }
      const profile = await em.findOne(SupporterProfile, { user: interpreter.id });
      const { entrepreneurLanguages, supporterLanguages } = await this.languagesOf(em, match);
      const bridge = profile && interpreterBridge(profile.languages, entrepreneurLanguages, supporterLanguages);
      if (!bridge) {
        throw new BadUserInputError(
          'interpreter.noSharedLanguages',
          'She needs a language in common with each of the two women.',
        );
      }
      const open = await em.count(InterpreterAssignment, {
        conversation: conversation.id,
        status: { $in: [...OPEN_STATUSES] },
      });
      if (open > 0) {
        throw new ConflictError('interpreter.alreadyAssigned', 'This conversation already has an interpreter.');
      }
      const created = em.create(InterpreterAssignment, {
        match,
        conversation,
        interpreter,
        proposedBy: em.getReference(User, actor.id),
        status: 'PROPOSED',
        ...bridge,
        createdAt: this.now(),
      });
      new AuditService(em, this.requestId).record({
        actor: em.getReference(User, actor.id),
        action: 'interpreter.proposed',
        subjectType: 'InterpreterAssignment',
        subjectId: created.id,
        details: { matchId: match.id, interpreterId: interpreter.id, ...bridge },
      });
      await em.flush();
      await new NotificationService(em, this.deps.events, this.now).notify(
        [match.entrepreneur.id, match.supporter.id],
        'INTERPRETER_CONSENT_REQUESTED',
        { interpreterName: interpreter.displayName },
        `/chat/${conversation.id}`,
      );
      return created;
    });
    return view(assignment, assignment.match, actor);
  }

  /**
   * One of the two women accepts or refuses. A refusal cancels the proposal; the second consent makes
   * her a member of the conversation, reading from then on.
   */
  async answer(actor: User, assignmentId: string, accept: boolean): Promise<InterpreterAssignmentData> {
    const assignment = await this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const found = await this.load(em, assignmentId);
      const side = partyOf(actor, found.match);
      if (!side) throw new NotFoundError('InterpreterAssignment');
      if (found.status !== 'PROPOSED') {
        throw new ConflictError('interpreter.notProposed', 'This proposal has already been answered or ended.');
      }
      const now = this.now();
      const audit = new AuditService(em, this.requestId);
      if (!accept) {
        found.status = 'REFUSED';
        found.refusedAt = now;
        found.refusedBy = side;
        audit.record({
          actor: em.getReference(User, actor.id),
          action: 'interpreter.refused',
          subjectType: 'InterpreterAssignment',
          subjectId: found.id,
          details: { side },
        });
        await em.flush();
        return found;
      }
      if (side === 'ENTREPRENEUR') found.entrepreneurConsentAt ??= now;
      else found.supporterConsentAt ??= now;
      audit.record({
        actor: em.getReference(User, actor.id),
        action: 'interpreter.consented',
        subjectType: 'InterpreterAssignment',
        subjectId: found.id,
        details: { side },
      });
      if (found.entrepreneurConsentAt && found.supporterConsentAt) {
        const conversation = await em.findOneOrFail(Conversation, { id: found.conversation.id }, { refresh: true });
        if (conversation.closedAt || found.match.status !== 'ACTIVE') {
          throw new ConflictError('interpreter.matchNotActive', 'An interpreter joins only an active match.');
        }
        found.status = 'ACTIVE';
        found.joinedAt = now;
        await new ChatService(em, this.deps, this.requestId, this.now).addInterpreterMember(
          conversation,
          found.interpreter.id,
        );
        await new NotificationService(em, this.deps.events, this.now).notify(
          [found.interpreter.id],
          'INTERPRETER_JOINED',
          {},
          `/chat/${conversation.id}`,
        );
      }
      await em.flush();
      return found;
    });
    return view(assignment, assignment.match, actor);
  }

  /** The coordinator or either woman ends her part (or withdraws the proposal); she leaves at once. */
  async end(actor: User, assignmentId: string): Promise<InterpreterAssignmentData> {
    const assignment = await this.em.transactional(async (em) => {
      await takeWriteLock(em);
      const found = await this.load(em, assignmentId);
      const side = partyOf(actor, found.match);
      if (!side && !isMatchingStaff(actor)) throw new NotFoundError('InterpreterAssignment');
      if (!OPEN_STATUSES.includes(found.status)) {
        throw new ConflictError('interpreter.alreadyEnded', 'Her part has already ended.');
      }
      const reason: InterpreterEndReason =
        side === 'ENTREPRENEUR' ? 'BY_ENTREPRENEUR' : side === 'SUPPORTER' ? 'BY_SUPPORTER' : 'BY_COORDINATOR';
      await this.finish(em, found, reason, actor);
      await em.flush();
      return found;
    });
    return view(assignment, assignment.match, actor);
  }

  /** The match ended: whoever interprets in its conversation leaves it. Runs in the caller's transaction. */
  async endForMatch(matchId: string): Promise<void> {
    const open = await this.em.find(
      InterpreterAssignment,
      { match: matchId, status: { $in: [...OPEN_STATUSES] } },
      { populate: ['interpreter'] },
    );
    for (const assignment of open) await this.finish(this.em, assignment, 'MATCH_ENDED', null);
    await this.em.flush();
  }

  private async finish(
    em: EntityManager,
    assignment: InterpreterAssignment,
    reason: InterpreterEndReason,
    actor: User | null,
  ): Promise<void> {
    const wasIn = assignment.status === 'ACTIVE';
    assignment.status = 'ENDED';
    assignment.endedAt = this.now();
    assignment.endReason = reason;
    assignment.endedBy = actor ? em.getReference(User, actor.id) : null;
    new AuditService(em, this.requestId).record({
      actor: actor ? em.getReference(User, actor.id) : null,
      action: 'interpreter.ended',
      subjectType: 'InterpreterAssignment',
      subjectId: assignment.id,
      details: { reason },
    });
    if (wasIn) {
      await new ChatService(em, this.deps, this.requestId, this.now).removeInterpreterMember(
        assignment.conversation.id,
        assignment.interpreter.id,
      );
    }
  }

  private async load(em: EntityManager, assignmentId: string): Promise<InterpreterAssignment> {
    if (!isUuid(assignmentId)) throw new NotFoundError('InterpreterAssignment');
    const found = await em.findOne(
      InterpreterAssignment,
      { id: assignmentId },
      { populate: ['match', 'interpreter'], refresh: true },
    );
    if (!found) throw new NotFoundError('InterpreterAssignment');
    return found;
  }

  private async staffMatch(actor: User, matchId: string, em: EntityManager = this.em): Promise<Match> {
    if (!isMatchingStaff(actor) || !isUuid(matchId)) throw new NotFoundError('Match');
    const match = await em.findOne(Match, { id: matchId }, { refresh: true });
    if (!match) throw new NotFoundError('Match');
    return match;
  }

  private async languagesOf(em: EntityManager, match: Match) {
    const [entrepreneur, supporter] = await Promise.all([
      em.findOne(EntrepreneurProfile, { user: match.entrepreneur.id }),
      em.findOne(SupporterProfile, { user: match.supporter.id }),
    ]);
    return { entrepreneurLanguages: entrepreneur?.languages ?? [], supporterLanguages: supporter?.languages ?? [] };
  }

  /** People either woman blocked, or who blocked either: they never share a conversation. */
  private async blockedWithEither(em: EntityManager, match: Match): Promise<Set<string>> {
    const women = [match.entrepreneur.id, match.supporter.id];
    const blocks = await em.find(Block, { $or: [{ user: { $in: women } }, { blockedUser: { $in: women } }] });
    return new Set(blocks.flatMap((b) => [b.user.id, b.blockedUser.id]).filter((id) => !women.includes(id)));
  }
}

function view(a: InterpreterAssignment, match: Match, viewer: User): InterpreterAssignmentData {
  const side = partyOf(viewer, match);
  return {
    id: a.id,
    conversationId: a.conversation.id,
    // The interpreter is given the conversation only, never the match behind it.
    matchId: side || isMatchingStaff(viewer) ? match.id : null,
    status: a.status,
    interpreterId: a.interpreter.id,
    interpreterName: a.interpreter.displayName,
    entrepreneurLanguage: a.entrepreneurLanguage,
    supporterLanguage: a.supporterLanguage,
    entrepreneurConsented: a.entrepreneurConsentAt != null,
    supporterConsented: a.supporterConsentAt != null,
    mySide: side,
    createdAt: a.createdAt,
    joinedAt: a.joinedAt ?? null,
    endedAt: a.endedAt ?? null,
    endReason: a.endReason ?? null,
  };
}
