// Domain events: what services announce once their transaction has committed. One broadcaster
// (realtime/broadcaster.ts) turns them into Socket.IO emits, so a GraphQL mutation and a socket event
// that call the same service send the same live updates.
import type { Logger } from 'pino';
import type { ChatEvent } from './modules/chat/chat.events.js';
import type { MatchingEvent } from './modules/matching/matching.hooks.js';
import type { NotificationEvent } from './modules/notifications/notification.events.js';

export interface SessionsRevoked {
  type: 'session.revoked';
  userId: string;
  sessionIds: string[];
}

export type DomainEvent = SessionsRevoked | ChatEvent | MatchingEvent | NotificationEvent;

export interface DomainEventPublisher {
  publish(event: DomainEvent): void;
}

export type DomainEventHandler = (event: DomainEvent) => void;

/** The process-wide bus. Handlers run synchronously; one that throws does not stop the others. */
export class DomainEvents implements DomainEventPublisher {
  private readonly handlers = new Set<DomainEventHandler>();

  constructor(private readonly log?: Logger) {}

  publish(event: DomainEvent): void {
    for (const handler of this.handlers) {
      try {
        handler(event);
      } catch (error) {
        this.log?.error({ err: error, event: event.type }, 'a domain event handler failed');
      }
    }
  }

  /** Returns the function that unsubscribes. */
  subscribe(handler: DomainEventHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }
}

/** Holds events until released: a socket event acknowledges its sender first, then broadcasts. */
export class HeldEvents implements DomainEventPublisher {
  private held: DomainEvent[] = [];

  publish(event: DomainEvent): void {
    this.held.push(event);
  }

  releaseTo(target: DomainEventPublisher): void {
    const events = this.held;
    this.held = [];
    for (const event of events) target.publish(event);
  }
}

/** For services built without a broadcaster (scripts, the seed). */
export const NO_DOMAIN_EVENTS: DomainEventPublisher = { publish: () => undefined };
