// The demo circles: each has its moderator, women who fit its focus and a first message; the demo
// entrepreneur is in two of them and reads that message.
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openDatabase } from '../../db/orm.js';
import { DEMO_LOGINS, seedDemoNetwork } from '../../db/seed.js';
import { NO_DOMAIN_EVENTS } from '../../domain-events.js';
import { freshDatabase, type TestDatabase } from '../../test-support/test-database.js';
import { User } from '../accounts/user.entity.js';
import { ChatService, type ChatDependencies } from '../chat/chat.service.js';
import { MessageRateLimiter } from '../chat/message-rate-limiter.js';
import { MessageWriter } from '../chat/message-writer.js';
import { CircleService } from './circles.service.js';
import { DEMO_CIRCLES, seedDemoCircles } from './circles.seed.js';

let db: TestDatabase;
let orm: MikroORM;
let deps: ChatDependencies;

beforeAll(async () => {
  db = await freshDatabase();
  orm = await openDatabase(db.database);
  await seedDemoNetwork(orm.em.fork());
  deps = {
    events: NO_DOMAIN_EVENTS,
    messageRateLimiter: new MessageRateLimiter({ messages: 1000, windowMs: 60_000 }),
    messageWriter: new MessageWriter(orm),
  };
  await seedDemoCircles(orm.em.fork(), deps);
}, 120_000);
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

test('the demo circles have a moderator, members who fit and a welcome the demo entrepreneur can read', async () => {
  const em = orm.em.fork();
  const coordinator = await em.findOneOrFail(User, { email: DEMO_LOGINS.coordinator }, { populate: ['roleGrants'] });
  const entrepreneur = await em.findOneOrFail(User, { email: DEMO_LOGINS.entrepreneur }, { populate: ['roleGrants'] });
  const all = await new CircleService(em, deps).list(coordinator, { limit: 50 });
  expect(all.map((c) => c.name).sort()).toEqual(DEMO_CIRCLES.map((c) => c.name).sort());
  for (const circle of all) {
    expect(circle.moderator).not.toBeNull();
    expect(circle.memberCount).toBeGreaterThan(2);
  }
  const hers = await new CircleService(em, deps).list(entrepreneur, { mine: true });
  expect(hers.map((c) => c.name).sort()).toEqual(
    DEMO_CIRCLES.filter((c) => c.withDemoEntrepreneur)
      .map((c) => c.name)
      .sort(),
  );
  const creole = hers.find((c) => c.language === 'ht')!;
  const page = await new ChatService(em, deps).messages(entrepreneur.id, creole.conversationId!, {});
  expect(page.messages.map((m) => m.senderId)).toEqual([creole.moderator!.userId]);
});
