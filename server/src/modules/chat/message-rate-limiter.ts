// Messages per person per time window. Counted in Redis when several instances run, so that moving to
// another instance is no way around the limit; in memory otherwise (see rate-limits/rate-limit.ts).
import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import { RateLimit } from '../../rate-limits/rate-limit.js';

export class MessageRateLimiter {
  private readonly limit: RateLimit;

  constructor(settings: Config['chat']['rateLimit'], redis?: Redis) {
    this.limit = new RateLimit({
      name: 'chat-messages',
      window: { points: settings.messages, windowMs: settings.windowMs },
      key: 'chat.tooManyMessages',
      tooMany: 'You are sending messages too fast',
      redis,
    });
  }

  /** Counts one message of this person, or throws RATE_LIMITED with how long to wait. */
  consume(userId: string): Promise<void> {
    return this.limit.consume(userId);
  }

  /** Gives back what `consume` took, for a message that turned out to be a retry. */
  refund(userId: string): Promise<void> {
    return this.limit.refund(userId);
  }
}
