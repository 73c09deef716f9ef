// The rules of peer circles: coordinators create, archive and staff them; entrepreneurs and supporters
// browse, join and leave; the moderator removes messages and members. A circle's messages are chat
// messages: sent, acknowledged, retried, caught up, limited and blocked exactly like one-to-one ones.
import {
  CIRCLE_DESCRIPTION_MAX_LENGTH,
  CIRCLE_MEMBER_MAX,
  CIRCLE_NAME_MAX_LENGTH,
  CIRCLE_NAME_MIN_LENGTH,
  CIRCLE_PAGE_MAX,
  COUNTRY_CODES,
  LANGUAGE_CODES,
  SECTORS,
  messageLength,
  type CountryCode,
  type LanguageCode,
  type Sector,
} from '@aliadas/shared';
import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.js';
import { User } from '../accounts/user.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { ChatService, type ChatDependencies } from '../chat/chat.service.js';
import { isUuid } from '../chat/chat.policy.js';
import { ConversationMember } from '../chat/conversation-member.entity.js';
import { Message } from '../chat/message.entity.js';
import { NotificationService } from '../notifications/notification.service.js';
import { Circle, CircleRemoval } from './circle.entity.js';
import { mayBelongToCircles, mayManageCircles, mayModerate } from './circles.policy.js';
import type { CircleView } from './circles.types.js';

export interface CircleData {
  name: string;
  description: string;
  language?: LanguageCode | null;
  country?: CountryCode | null;
  sector?: Sector | null;
  memberCap?: number | null;
  moderatorId?: string | null;
}

export interface CircleFilter {
  language?: LanguageCode | null;
  country?: CountryCode | null;
  sector?: Sector | null;
  mine?: boolean;
  includeArchived?: boolean;
  limit?: number;
  offset?: number;
}

export class CircleService {
  /** The conversations whose circle was asked for in this tick, answered together. */
  private batch: { ids: Set<string>; answer: Promise<Map<string, CircleView>> } | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly deps: ChatDependencies,
    private readonly requestId: string | null = null,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // Browsing.

  /** Circles by focus, by name. Archived ones only for staff who ask for them. */
  async list(viewer: User, filter: CircleFilter = {}): Promise<CircleView[]> {
    const where: FilterQuery<Circle> = {};
    if (!(filter.includeArchived && mayManageCircles(viewer))) where.archivedAt = null;
    if (filter.language) where.language = filter.language;
    if (filter.country) where.country = filter.country;
    if (filter.sector) where.sector = filter.sector;
    if (filter.mine) {
      const mine = await this.em.find(
        ConversationMember,
        { user: viewer.id, conversation: { kind: 'CIRCLE' } },
        { fields: ['conversation'] },
      );
      where.conversation = { $in: mine.map((m) => m.conversation.id) };
    }
    const circles = await this.em.find(Circle, where, {
      populate: ['moderator'],
      orderBy: { name: 'asc', id: 'asc' },
      limit: Math.min(Math.max(filter.limit ?? 20, 1), CIRCLE_PAGE_MAX),
      offset: Math.max(filter.offset ?? 0, 0),
    });
    return this.views(viewer, circles);
  }

  async get(viewer: User, circleId: string): Promise<CircleView> {
    const circle = await this.find(this.em, circleId);
    if (circle.archivedAt && !mayManageCircles(viewer) && !(await this.isMember(circle, viewer.id))) {
      throw new NotFoundError('Circle');
    }
    const [view] = await this.views(viewer, [circle]);
    return view!;
  }

  /**
   * The circle of a conversation as she sees it, null for a match. Asked for each conversation of her
   * list: the asks of one list are answered together, with the same few queries however long it is.
   */
  circleOfConversation(viewer: User, conversationId: string): Promise<CircleView | null> {
    if (!isUuid(conversationId)) return Promise.resolve(null);
    if (!this.batch) {
      const ids = new Set<string>();
      this.batch = {
        ids,
        answer: Promise.resolve().then(async () => {
          this.batch = null;
          const circles = await this.em.find(Circle, { conversation: { $in: [...ids] } }, { populate: ['moderator'] });
          const views = await this.views(viewer, circles);
          return new Map(circles.map((c, i) => [c.conversation.id, views[i]!]));
        }),
      };
    }
    this.batch.ids.add(conversationId);
    return this.batch.answer.then((found) => found.get(conversationId) ?? null);
  }

  // Staff.

  async create(actor: User, input: CircleData): Promise<CircleView> {
    this.assertStaff(actor);
    const data = checkCircle(input);
    const circle = await this.em.transactional(async (em) => {
      const chat = new ChatService(em, this.deps, this.requestId, this.now);
      const conversation = await chat.openCircleConversation();
      const circle = em.create(Circle, {
        conversation,
        name: data.name,
        description: data.description,
        language: data.language,
        country: data.country,
        sector: data.sector,
        memberCap: data.memberCap,
        createdBy: em.getReference(User, actor.id),
        createdAt: this.now(),
      });
      new AuditService(em, this.requestId).record({
        actor: em.getReference(User, actor.id),
        action: 'circle.created',
        subjectType: 'Circle',
        subjectId: circle.id,
        details: { name: data.name, language: data.language, country: data.country, sector: data.sector },
      });
      await em.flush();
      if (input.moderatorId) await this.appoint(em, actor, circle, input.moderatorId);
      return circle;
    });
    return this.get(actor, circle.id);
  }

  /** Read-only for its members from now on, and no longer listed. */
  async archive(actor: User, circleId: string): Promise<CircleView> {
    this.assertStaff(actor);
    const circle = await this.em.transactional(async (em) => {
      const circle = await this.find(em, circleId);
      if (circle.archivedAt) return circle;
      circle.archivedAt = this.now();
      new AuditService(em, this.requestId).record({
        actor: em.getReference(User, actor.id),
        action: 'circle.archived',
        subjectType: 'Circle',
        subjectId: circle.id,
      });
      await em.flush();
      await new ChatService(em, this.deps, this.requestId, this.now).closeCircleConversation(circle.conversation.id);
      return circle;
    });
    return this.get(actor, circle.id);
  }

  /** She keeps the circle from now on (and is in it); she hears of it by a notification. */
  async appointModerator(actor: User, circleId: string, userId: string): Promise<CircleView> {
    this.assertStaff(actor);
    await this.em.transactional(async (em) => {
      const circle = await this.find(em, circleId);
      if (circle.archivedAt) throw archived();
      await this.appoint(em, actor, circle, userId);
    });
    return this.get(actor, circleId);
  }

  // Members.

  /** She joins: she reads from the next message on, never what was said before. */
  async join(actor: User, circleId: string): Promise<CircleView> {
    if (!mayBelongToCircles(actor)) throw new ForbiddenError('circle.cannotJoin', 'Your account cannot join circles.');
    await this.em.transactional(async (em) => {
      const circle = await this.find(em, circleId);
      if (circle.archivedAt) throw archived();
      const chat = new ChatService(em, this.deps, this.requestId, this.now);
      const { conversation, memberCount } = await chat.lockCircleConversation(circle.conversation.id);
      if (await em.count(CircleRemoval, { circle: circle.id, user: actor.id })) {
        throw new ForbiddenError('circle.removed', 'You were removed from this circle.');
      }
      if (await this.isMember(circle, actor.id, em)) return;
      if (memberCount >= (circle.memberCap ?? CIRCLE_MEMBER_MAX)) {
        throw new ConflictError('circle.full', 'This circle is full.', { cap: circle.memberCap ?? CIRCLE_MEMBER_MAX });
      }
      await chat.addCircleMember(conversation, actor.id);
    });
    return this.get(actor, circleId);
  }

  /** She leaves: every device of hers drops the circle at once. The moderator is replaced first. */
  async leave(actor: User, circleId: string): Promise<CircleView> {
    await this.em.transactional(async (em) => {
      const circle = await this.find(em, circleId);
      if (circle.moderator?.id === actor.id) {
        throw new ConflictError('circle.moderatorCannotLeave', 'A coordinator must choose another moderator first.');
      }
      const chat = new ChatService(em, this.deps, this.requestId, this.now);
      const { conversation } = await chat.lockCircleConversation(circle.conversation.id);
      await chat.removeCircleMember(conversation, actor.id);
    });
    return this.get(actor, circleId);
  }

  /** The moderator (or staff) takes someone out; she cannot join again by herself. Audited. */
  async removeMember(actor: User, circleId: string, userId: string): Promise<CircleView> {
    await this.em.transactional(async (em) => {
      const circle = await this.find(em, circleId);
      await this.assertModerator(actor, circle, em);
      if (circle.moderator?.id === userId || userId === actor.id) {
        throw new BadUserInputError('circle.cannotRemoveModerator', 'The moderator cannot be removed this way.');
      }
      const chat = new ChatService(em, this.deps, this.requestId, this.now);
      const { conversation } = await chat.lockCircleConversation(circle.conversation.id);
      if (!isUuid(userId) || !(await chat.removeCircleMember(conversation, userId))) throw new NotFoundError('Member');
      em.create(CircleRemoval, { circle, user: em.getReference(User, userId), createdAt: this.now() });
      new AuditService(em, this.requestId).record({
        actor: em.getReference(User, actor.id),
        action: 'circle.memberRemoved',
        subjectType: 'Circle',
        subjectId: circle.id,
        details: { userId },
      });
      await em.flush();
    });
    return this.get(actor, circleId);
  }

  /** The moderator (or staff) removes a message: everyone sees "message removed" in its place. Audited. */
  async removeMessage(actor: User, messageId: string): Promise<Message> {
    return this.em.transactional(async (em) => {
      const message = isUuid(messageId)
        ? await em.findOne(Message, { id: messageId }, { populate: ['conversation'], refresh: true })
        : null;
      const circle = message ? await em.findOne(Circle, { conversation: message.conversation.id }) : null;
      if (!message || !circle) throw new NotFoundError('Message');
      await this.assertModerator(actor, circle, em);
      if (!message.removedAt) {
        await new ChatService(em, this.deps, this.requestId, this.now).removeMessage(message);
        new AuditService(em, this.requestId).record({
          actor: em.getReference(User, actor.id),
          action: 'circle.messageRemoved',
          subjectType: 'Circle',
          subjectId: circle.id,
          details: { messageId: message.id, seq: message.seq, senderId: message.senderId },
        });
        await em.flush();
      }
      return message;
    });
  }

  // Internals.

  private async appoint(em: EntityManager, actor: User, circle: Circle, userId: string): Promise<void> {
    const person = isUuid(userId) ? await em.findOne(User, { id: userId }, { populate: ['roleGrants'] }) : null;
    if (!person || person.deletedAt) throw new NotFoundError('Person');
    if (!mayBelongToCircles(person)) {
      throw new BadUserInputError('circle.moderatorRole', 'The moderator must be an entrepreneur or a supporter.');
    }
    if (circle.moderator?.id === person.id) return;
    const chat = new ChatService(em, this.deps, this.requestId, this.now);
    const { conversation } = await chat.lockCircleConversation(circle.conversation.id);
    // The moderator is always in her circle, over the cap if need be, and a removal no longer holds.
    await em.nativeDelete(CircleRemoval, { circle: circle.id, user: person.id });
    await chat.addCircleMember(conversation, person.id);
    circle.moderator = person;
    new AuditService(em, this.requestId).record({
      actor: em.getReference(User, actor.id),
      action: 'circle.moderatorAppointed',
      subjectType: 'Circle',
      subjectId: circle.id,
      details: { userId: person.id },
    });
    await em.flush();
    await new NotificationService(em, this.deps.events, this.now).notify(
      [person.id],
      'CIRCLE_ADDED',
      { circle: circle.name },
      `/chat/${conversation.id}`,
    );
  }

  private async views(viewer: User, circles: Circle[]): Promise<CircleView[]> {
    if (circles.length === 0) return [];
    const conversationIds = circles.map((c) => c.conversation.id);
    const rows = await (this.em as SqlEntityManager)
      .createQueryBuilder(ConversationMember)
      .select(['conversation', raw('count(*) as n')])
      .where({ conversation: { $in: conversationIds } })
      .groupBy('conversation')
      .execute<{ conversation: string; n: number | string }[]>('all');
    const counts = new Map(rows.map((r) => [r.conversation, Number(r.n)]));
    const mine = await this.em.find(
      ConversationMember,
      { user: viewer.id, conversation: { $in: conversationIds } },
      { fields: ['conversation'] },
    );
    const joined = new Set(mine.map((m) => m.conversation.id));
    return circles.map((c) => {
      const memberCount = counts.get(c.conversation.id) ?? 0;
      const isMember = joined.has(c.conversation.id);
      return {
        id: c.id,
        name: c.name,
        description: c.description,
        language: c.language ?? null,
        country: c.country ?? null,
        sector: c.sector ?? null,
        memberCap: c.memberCap ?? null,
        memberCount,
        moderator: c.moderator ? { userId: c.moderator.id, displayName: c.moderator.displayName } : null,
        joined: isMember,
        moderating: c.moderator?.id === viewer.id,
        full: memberCount >= (c.memberCap ?? CIRCLE_MEMBER_MAX),
        conversationId: isMember ? c.conversation.id : null,
        createdAt: c.createdAt,
        archivedAt: c.archivedAt ?? null,
      };
    });
  }

  private async isMember(circle: Circle, userId: string, em: EntityManager = this.em): Promise<boolean> {
    return (await em.count(ConversationMember, { conversation: circle.conversation.id, user: userId })) > 0;
  }

  private async find(em: EntityManager, circleId: string): Promise<Circle> {
    const circle = isUuid(circleId)
      ? await em.findOne(Circle, { id: circleId }, { populate: ['moderator'], refresh: true })
      : null;
    if (!circle) throw new NotFoundError('Circle');
    return circle;
  }

  private assertStaff(actor: User): void {
    if (!mayManageCircles(actor)) throw new ForbiddenError();
  }

  /** Only the moderator and staff; to other members the same refusal, to outsiders nothing at all. */
  private async assertModerator(actor: User, circle: Circle, em: EntityManager): Promise<void> {
    if (mayModerate(actor, circle)) return;
    if (await this.isMember(circle, actor.id, em)) {
      throw new ForbiddenError('circle.notModerator', 'Only the moderator can do this.');
    }
    throw new NotFoundError('Circle');
  }
}

function archived(): ConflictError {
  return new ConflictError('circle.archived', 'This circle has been archived.');
}

/** The fields of a circle, trimmed and checked (also when the service is called without GraphQL). */
function checkCircle(input: CircleData): Required<Omit<CircleData, 'moderatorId'>> {
  const name = input.name.trim();
  const description = input.description.trim();
  if (messageLength(name) < CIRCLE_NAME_MIN_LENGTH || messageLength(name) > CIRCLE_NAME_MAX_LENGTH) {
    throw new BadUserInputError('circle.nameLength', 'The name is too short or too long.', {
      min: CIRCLE_NAME_MIN_LENGTH,
      max: CIRCLE_NAME_MAX_LENGTH,
    });
  }
  if (!description || messageLength(description) > CIRCLE_DESCRIPTION_MAX_LENGTH) {
    throw new BadUserInputError('circle.descriptionLength', 'The description is empty or too long.', {
      max: CIRCLE_DESCRIPTION_MAX_LENGTH,
    });
  }
  const language = input.language ?? null;
  const country = input.country ?? null;
  const sector = input.sector ?? null;
  if (!language && !country && !sector) {
    throw new BadUserInputError('circle.focusRequired', 'Choose a language, a country or a sector.');
  }
  if (
    (language && !LANGUAGE_CODES.includes(language)) ||
    (country && !COUNTRY_CODES.includes(country)) ||
    (sector && !SECTORS.includes(sector))
  ) {
    throw new BadUserInputError('circle.unknownFocus', 'Choose a language, country or sector from the lists.');
  }
  const memberCap = input.memberCap ?? null;
  if (memberCap !== null && (!Number.isInteger(memberCap) || memberCap < 2 || memberCap > CIRCLE_MEMBER_MAX)) {
    throw new BadUserInputError('circle.memberCap', `A circle holds 2 to ${CIRCLE_MEMBER_MAX} members.`, {
      max: CIRCLE_MEMBER_MAX,
    });
  }
  return { name, description, language, country, sector, memberCap };
}
