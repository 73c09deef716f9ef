// Failed log-ins per email: after a few they are slowed down, after more they are refused for a while.
// Counted in Redis when several instances run, so that no instance is a way around the limit.
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';

export interface LoginThrottleState {
  /** Milliseconds she must wait before trying again; 0 when she may try now. */
  lockedForMs: number;
  /** Delay to add before answering a failed attempt. */
  slowdownMs: number;
}

export class LoginThrottle {
  private readonly failures: RateLimiterAbstract;

  constructor(
    private readonly settings: Config['login'],
    redis?: Redis,
    keyPrefix = 'login-failures',
  ) {
    const options = {
      keyPrefix,
      points: settings.lockoutAfter,
      duration: Math.ceil(settings.lockoutMs / 1000),
      blockDuration: Math.ceil(settings.lockoutMs / 1000),
    };
    this.failures = redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: redis,
          // While Redis is away, each instance counts on its own rather than failing every log-in.
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  }

  async check(key: string): Promise<LoginThrottleState> {
    const state = await this.failures.get(key);
    if (!state) return { lockedForMs: 0, slowdownMs: 0 };
    const consumed = state.consumedPoints;
    if (consumed >= this.settings.lockoutAfter) return { lockedForMs: state.msBeforeNext, slowdownMs: 0 };
    return { lockedForMs: 0, slowdownMs: this.slowdownFor(consumed) };
  }

  /** Records a failure and returns how long to wait before answering it. */
  async recordFailure(key: string): Promise<number> {
    try {
      const result = await this.failures.consume(key);
      return this.slowdownFor(result.consumedPoints);
    } catch {
      // The limit is reached: the next attempt will be refused; this one is answered as a failure.
      return this.slowdownFor(this.settings.lockoutAfter);
    }
  }

  async reset(key: string): Promise<void> {
    await this.failures.delete(key);
  }

  private slowdownFor(failures: number): number {
    const beyond = failures - this.settings.slowdownAfter + 1;
    return beyond > 0 ? Math.min(250 * 2 ** (beyond - 1), 4000) : 0;
  }
}
