// The message rate limit: per person, with the time to wait, and — with Redis — one count shared by
// every instance, so that moving to another server is no way around it.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { MessageRateLimiter } from './message-rate-limiter.js';

const settings = { messages: 3, windowMs: 60_000 };

async function reachableRedis(): Promise<Redis | null> {
  const redis = new Redis(loadConfig().redisUrl ?? 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return redis;
  } catch {
    redis.disconnect();
    return null;
  }
}

const redis = await reachableRedis();
afterAll(async () => {
  await redis?.quit();
});

async function refusal(limiter: MessageRateLimiter, userId: string): Promise<AppError> {
  const error = await limiter.consume(userId).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('in memory (one instance)', () => {
  test('counts each person separately and says how long to wait', async () => {
    const limiter = new MessageRateLimiter(settings);
    const [rose, ana] = [randomUUID(), randomUUID()];
    for (let i = 0; i < 3; i += 1) await limiter.consume(rose);
    await limiter.consume(ana);
    const error = await refusal(limiter, rose);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.key).toBe('chat.tooManyMessages');
    expect(error.params.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.params.retryAfterSeconds).toBeLessThanOrEqual(60);
    // A refunded retry gives its place back.
    await limiter.refund(ana);
    for (let i = 0; i < 3; i += 1) await limiter.consume(ana);
  });
});

describe.skipIf(!redis)('in Redis (several instances)', () => {
  test('two instances share one count per person', async () => {
    const first = new MessageRateLimiter(settings, redis!);
    const elsewhere = redis!.duplicate();
    // Until its connection is ready an instance counts on its own (see rate-limits/rate-limit.ts).
    await elsewhere.connect();
    const second = new MessageRateLimiter(settings, elsewhere);
    const rose = randomUUID();
    await first.consume(rose);
    await second.consume(rose);
    await first.consume(rose);
    expect((await refusal(second, rose)).code).toBe('RATE_LIMITED');
    await elsewhere.quit();
  });
});
