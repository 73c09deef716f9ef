// One limit: at most N within a window per key (a person or an address). Counted in Redis when several
// instances run, so that moving to another instance is no way around it; in memory otherwise. While
// Redis is away each instance goes on counting on its own, rather than refusing everyone or hanging.
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitWindow } from '../config.js';
import { RateLimitedError } from '../errors.js';

export interface RateLimitOptions {
  /** Names the counters in Redis; distinct per limit. */
  name: string;
  window: RateLimitWindow;
  /** The message key of the refusal, such as `rateLimit.signUp`. */
  key: string;
  /** What she did too often, for the English message: "You have signed up too many accounts". */
  tooMany: string;
  redis?: Redis | undefined;
}

export class RateLimit {
  private readonly limiter: RateLimiterAbstract;

  constructor(private readonly options: RateLimitOptions) {
    const settings = {
      keyPrefix: `aliadas:rate:${options.name}`,
      points: options.window.points,
      duration: Math.max(1, Math.round(options.window.windowMs / 1000)),
    };
    this.limiter = options.redis
      ? new RateLimiterRedis({
          ...settings,
          storeClient: options.redis,
          // Straight to the local count while the connection is not ready (down, or not yet up), instead
          // of queueing until it is back.
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(settings),
        })
      : new RateLimiterMemory(settings);
  }

  /** Counts `points` for `who`, or throws RATE_LIMITED with how long to wait. */
  async consume(who: string, points = 1): Promise<void> {
    try {
      await this.limiter.consume(who, points);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw rateLimited(this.options.key, this.options.tooMany, error.msBeforeNext);
    }
  }

  /** Gives back what `consume` took, for work that turned out not to count. */
  async refund(who: string, points = 1): Promise<void> {
    await this.limiter.reward(who, points);
  }
}

/** The refusal: a message key, an English sentence and the whole seconds to wait (at least 1). */
export function rateLimited(key: string, tooMany: string, msBeforeNext: number): RateLimitedError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new RateLimitedError(
    key,
    `${tooMany}. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
    seconds,
  );
}
