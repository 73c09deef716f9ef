// The notifications of matches, written in the matching transaction (through matching's MatchNotices
// port): the supporter hears of an approved invitation, both hear that their match began. The texts
// carry the kind of support only, never the other person's name.
import type { DomainEventPublisher } from '../../domain-events.js';
import type { MatchNotices } from '../matching/matching.hooks.js';
import { NotificationService } from './notification.service.js';

export function matchNotices(events: DomainEventPublisher, clock: () => Date = () => new Date()): MatchNotices {
  return {
    invited: (em, match) =>
      new NotificationService(em, events, clock).notify(
        [match.supporterUserId],
        'MATCH_INVITATION',
        { matchId: match.id, supportKind: match.kind },
        '/invitations',
      ),
    started: (em, match) =>
      new NotificationService(em, events, clock).notify(
        [match.entrepreneurUserId, match.supporterUserId],
        'MATCH_STARTED',
        { matchId: match.id, supportKind: match.kind },
        '/chat',
      ),
  };
}
