// Messages per person per time window. Counted in Redis when several instances run, so that moving to
// another instance is no way around the limit; in memory otherwise.
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { RateLimitedError } from '../../errors.js';

export class MessageRateLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(settings: Config['chat']['rateLimit'], redis?: Redis) {
    const options = {
      keyPrefix: 'chat-messages',
      points: settings.messages,
      duration: Math.max(1, Math.round(settings.windowMs / 1000)),
    };
    this.limiter = redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          // If Redis is unreachable, each instance goes on counting on its own rather than refusing chat.
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  }

  /** Counts one message of this person, or throws RATE_LIMITED with how long to wait. */
  async consume(userId: string): Promise<void> {
    try {
      await this.limiter.consume(userId);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new RateLimitedError(
        'chat.tooManyMessages',
        `You are sending messages too fast. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
        seconds,
      );
    }
  }

  /** Gives back what `consume` took, for a message that turned out to be a retry. */
  async refund(userId: string): Promise<void> {
    await this.limiter.reward(userId, 1);
  }
}
