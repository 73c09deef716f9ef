// Goals, milestones, status updates and the session log of a mentorship. Only the two people of the
// match read or write them (goals.policy.ts); after the match ends they stay readable, not writable.
import { isOneOf, LOCALES, pathwaysFor, pathwayTemplate } from '@aliadas/shared';
import type { GoalStatus, Locale, PathwayCode, PathwayTemplate } from '@aliadas/shared';
import type { EntityManager } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { Match } from '../matching/match.entity.js';
import { EntrepreneurProfile } from '../profiles/entrepreneur-profile.entity.js';
import { Goal, GoalMilestone, GoalUpdate } from './goal.entity.js';
import { GOAL_LIMITS } from './goals.limits.js';
import { canWriteGoals, GOALS_READABLE, sideIn, type MatchSide } from './goals.policy.js';
import { SessionLogEntry } from './session-log-entry.entity.js';

export interface GoalBoardData {
  matchId: string;
  kind: Match['kind'];
  matchStatus: Match['status'];
  mySide: MatchSide;
  partnerName: string;
  writable: boolean;
  goals: Goal[];
  sessions: SessionLogEntry[];
}

export interface NewGoal {
  title: string;
  description?: string | null;
  targetDate?: string | null;
  milestones?: string[] | null;
}

/** A pathway added as a goal: its template as is, or the version the supporter adapted before adding. */
export interface NewPathwayGoal {
  pathway: PathwayCode;
  locale?: Locale | null;
  title?: string | null;
  description?: string | null;
  targetDate?: string | null;
  milestones?: string[] | null;
}

export interface NewSession {
  heldOn: string;
  durationMinutes: number;
  notes: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const GOAL_POPULATE = ['milestones', 'updates'] as const;

export class GoalsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
    private readonly requestId: string | null = null,
  ) {}

  /** Everything of one match's goals and sessions, in three queries whatever their number. */
  async board(actor: User, matchId: string): Promise<GoalBoardData> {
    const { match, side } = await this.matchFor(actor, matchId);
    const goals = await this.em.find(
      Goal,
      { match: match.id },
      { populate: GOAL_POPULATE, orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const sessions = await this.em.find(
      SessionLogEntry,
      { match: match.id },
      { orderBy: { heldOn: 'desc', createdAt: 'desc', id: 'desc' } },
    );
    const partner = side === 'ENTREPRENEUR' ? match.supporter : match.entrepreneur;
    return {
      matchId: match.id,
      kind: match.kind,
      matchStatus: match.status,
      mySide: side,
      partnerName: partner.displayName,
      writable: canWriteGoals(match),
      goals,
      sessions,
    };
  }

  async addGoal(actor: User, matchId: string, input: NewGoal): Promise<Goal> {
    return this.createGoal(actor, matchId, input, null);
  }

  /** The pathways for the entrepreneur's country of residence, those that answer this match's needs first. */
  async pathways(actor: User, matchId: string, locale?: string | null): Promise<PathwayTemplate[]> {
    if (locale != null && !isOneOf(LOCALES, locale)) {
      throw new BadUserInputError('goals.localeUnknown', 'Choose one of the languages of Aliadas.', { locale });
    }
    const { match } = await this.matchFor(actor, matchId);
    const country = await this.countryOf(match);
    return pathwaysFor(country, locale ?? actor.locale, match.demand.needs);
  }

  /** A mentor or adviser starts a goal from a pathway in one step, as it is or as she adapted it. */
  async addPathwayGoal(actor: User, matchId: string, input: NewPathwayGoal): Promise<Goal> {
    const { match, side } = await this.matchFor(actor, matchId);
    if (side !== 'SUPPORTER') {
      throw new ForbiddenError('goals.pathwayBySupporter', 'Pathways are added by the mentor or adviser.');
    }
    const template = pathwayTemplate(input.pathway, await this.countryOf(match), input.locale ?? actor.locale);
    return this.createGoal(
      actor,
      matchId,
      {
        title: input.title ?? template.title,
        description: input.description === undefined ? template.description : input.description,
        targetDate: input.targetDate,
        milestones: input.milestones ?? template.milestones,
      },
      input.pathway,
    );
  }

  private async countryOf(match: Match) {
    const profile = await this.em.findOne(EntrepreneurProfile, { user: match.entrepreneur.id });
    if (!profile) throw new NotFoundError('EntrepreneurProfile');
    return profile.countryOfResidence;
  }

  private async createGoal(actor: User, matchId: string, input: NewGoal, pathway: PathwayCode | null): Promise<Goal> {
    const title = text(input.title, GOAL_LIMITS.title, 'goals.titleEmpty', 'goals.titleTooLong');
    const description = optionalText(input.description, GOAL_LIMITS.description, 'goals.descriptionTooLong');
    const targetDate = input.targetDate ? day(input.targetDate, 'goals.targetDateInvalid') : null;
    const milestones = (input.milestones ?? [])
      .map((m) => m.trim())
      .filter((m) => m !== '')
      .map((m) => text(m, GOAL_LIMITS.milestoneTitle, 'goals.milestoneEmpty', 'goals.milestoneTooLong'));
    if (milestones.length > GOAL_LIMITS.milestonesPerGoal) throw tooMany('milestonesPerGoal');
    const { match, side } = await this.writableMatchFor(actor, matchId);

    const id = await this.em.transactional(async (em) => {
      const count = await em.count(Goal, { match: match.id });
      if (count >= GOAL_LIMITS.goalsPerMatch) throw tooMany('goalsPerMatch');
      const now = this.clock();
      const goal = em.create(Goal, {
        match: em.getReference(Match, match.id),
        createdBy: em.getReference(User, actor.id),
        createdBySide: side,
        title,
        description,
        targetDate,
        pathway,
        createdAt: now,
        updatedAt: now,
      });
      milestones.forEach((title, position) => em.create(GoalMilestone, { goal, position, title }));
      this.audit(em, actor, 'goal.create', goal.id, match.id, pathway ? { pathway } : {});
      return goal.id;
    });
    return this.goal(id);
  }

  async addMilestone(actor: User, goalId: string, title: string): Promise<Goal> {
    const clean = text(title, GOAL_LIMITS.milestoneTitle, 'goals.milestoneEmpty', 'goals.milestoneTooLong');
    const goal = await this.writableGoalFor(actor, goalId);
    await this.em.transactional(async (em) => {
      const count = await em.count(GoalMilestone, { goal: goal.id });
      if (count >= GOAL_LIMITS.milestonesPerGoal) throw tooMany('milestonesPerGoal');
      // Positions only order the list; two added at once may share one, and the id breaks the tie.
      em.create(GoalMilestone, { goal: em.getReference(Goal, goal.id), position: count, title: clean });
    });
    return this.goal(goal.id);
  }

  async setMilestoneDone(actor: User, milestoneId: string, done: boolean): Promise<Goal> {
    const milestone = await this.em.findOne(GoalMilestone, { id: milestoneId }, { populate: ['goal'] });
    if (!milestone) throw new NotFoundError('Milestone');
    const goal = await this.writableGoalFor(actor, milestone.goal.id);
    await this.em.transactional(async (em) => {
      const fresh = await em.findOneOrFail(GoalMilestone, { id: milestoneId });
      // Ticking twice keeps the first time it was done.
      if (done && fresh.doneAt == null) fresh.doneAt = this.clock();
      if (!done) fresh.doneAt = null;
    });
    return this.goal(goal.id);
  }

  async postUpdate(actor: User, goalId: string, input: { body: string; status?: GoalStatus | null }): Promise<Goal> {
    const body = input.body.trim();
    if ([...body].length > GOAL_LIMITS.update) throw tooLong('goals.updateTooLong', GOAL_LIMITS.update);
    const goal = await this.writableGoalFor(actor, goalId);
    const newStatus = input.status && input.status !== goal.status ? input.status : null;
    if (body === '' && newStatus === null) {
      throw new BadUserInputError('goals.updateEmpty', 'Write how it is going, or choose a new status.');
    }
    const side = sideIn(goal.match, actor.id)!;
    await this.em.transactional(async (em) => {
      const count = await em.count(GoalUpdate, { goal: goal.id });
      if (count >= GOAL_LIMITS.updatesPerGoal) throw tooMany('updatesPerGoal');
      const fresh = await em.findOneOrFail(Goal, { id: goal.id });
      em.create(GoalUpdate, {
        goal: fresh,
        author: em.getReference(User, actor.id),
        side,
        body,
        newStatus,
        createdAt: this.clock(),
      });
      if (newStatus) {
        fresh.status = newStatus;
        this.audit(em, actor, 'goal.status', goal.id, goal.match.id, { status: newStatus });
      }
    });
    return this.goal(goal.id);
  }

  async logSession(actor: User, matchId: string, input: NewSession): Promise<SessionLogEntry> {
    const heldOn = day(input.heldOn, 'goals.sessionDateInvalid');
    // A day ahead at most: she may be in a time zone already on tomorrow.
    const latest = new Date(this.clock().getTime() + DAY_MS).toISOString().slice(0, 10);
    if (heldOn > latest)
      throw new BadUserInputError('goals.sessionInFuture', 'A session is logged once it has taken place.');
    const { min, max } = GOAL_LIMITS.sessionMinutes;
    if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < min || input.durationMinutes > max) {
      throw new BadUserInputError('goals.sessionDuration', 'Give the length of the session in minutes.', { min, max });
    }
    const notes = text(input.notes, GOAL_LIMITS.sessionNotes, 'goals.sessionNotesEmpty', 'goals.sessionNotesTooLong');
    const { match, side } = await this.writableMatchFor(actor, matchId);
    return this.em.transactional(async (em) => {
      const count = await em.count(SessionLogEntry, { match: match.id });
      if (count >= GOAL_LIMITS.sessionsPerMatch) throw tooMany('sessionsPerMatch');
      return em.create(SessionLogEntry, {
        match: em.getReference(Match, match.id),
        author: em.getReference(User, actor.id),
        side,
        heldOn,
        durationMinutes: input.durationMinutes,
        notes,
        createdAt: this.clock(),
      });
    });
  }

  private async goal(id: string): Promise<Goal> {
    return this.em.findOneOrFail(Goal, { id }, { populate: GOAL_POPULATE, refresh: true });
  }

  /**
   * Not one of the two (or no such match): the same answer, so that a match's existence is never
   * revealed to anyone else — a coordinator of the match included.
   */
  private async matchFor(actor: User, matchId: string): Promise<{ match: Match; side: MatchSide }> {
    const match = await this.em.findOne(Match, { id: matchId }, { populate: ['entrepreneur', 'supporter', 'demand'] });
    const side = match ? sideIn(match, actor.id) : null;
    if (!match || !side) throw new NotFoundError('Match');
    if (!GOALS_READABLE.includes(match.status)) {
      throw new ConflictError('goals.matchNotStarted', 'Goals are set once the supporter has accepted.', {
        status: match.status,
      });
    }
    return { match, side };
  }

  private async writableMatchFor(actor: User, matchId: string): Promise<{ match: Match; side: MatchSide }> {
    const found = await this.matchFor(actor, matchId);
    if (!canWriteGoals(found.match)) {
      throw new ConflictError('goals.matchEnded', 'This match has ended: its goals can be read but not changed.', {
        status: found.match.status,
      });
    }
    return found;
  }

  private async writableGoalFor(actor: User, goalId: string): Promise<Goal> {
    const goal = await this.em.findOne(Goal, { id: goalId });
    if (!goal) throw new NotFoundError('Goal');
    try {
      await this.writableMatchFor(actor, goal.match.id);
    } catch (error) {
      // Someone else's goal reads as no goal at all.
      if (error instanceof NotFoundError) throw new NotFoundError('Goal');
      throw error;
    }
    return goal;
  }

  /** Only ids go to the audit log: what two people write about their goals stays between them. */
  private audit(
    em: EntityManager,
    actor: User,
    action: string,
    goalId: string,
    matchId: string,
    extra: Record<string, string> = {},
  ): void {
    new AuditService(em, this.requestId).record({
      actor: em.getReference(User, actor.id),
      action,
      subjectType: 'Goal',
      subjectId: goalId,
      details: { matchId, ...extra },
    });
  }
}

function text(value: string, max: number, emptyKey: string, tooLongKey: string): string {
  const clean = value.trim();
  if (clean === '') throw new BadUserInputError(emptyKey, 'Write something here.');
  if ([...clean].length > max) throw tooLong(tooLongKey, max);
  return clean;
}

function optionalText(value: string | null | undefined, max: number, tooLongKey: string): string | null {
  const clean = value?.trim() ?? '';
  if (clean === '') return null;
  if ([...clean].length > max) throw tooLong(tooLongKey, max);
  return clean;
}

function tooLong(key: string, max: number): BadUserInputError {
  return new BadUserInputError(key, `This is too long (at most ${max} characters).`, { max });
}

function tooMany(what: 'milestonesPerGoal' | 'goalsPerMatch' | 'updatesPerGoal' | 'sessionsPerMatch'): ConflictError {
  const max = GOAL_LIMITS[what];
  return new ConflictError(`goals.tooMany.${what}`, `There can be at most ${max} of these.`, { max });
}

/** A real calendar day between 2000 and 2100, as YYYY-MM-DD. */
function day(value: string, key: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new BadUserInputError(key, 'Choose a day on the calendar.');
  }
  if (value < '2000-01-01' || value > '2100-12-31') throw new BadUserInputError(key, 'Choose a day on the calendar.');
  return value;
}
