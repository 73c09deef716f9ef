// Every limit of the server beside the chat's message limit and the log-in failures per email: what
// each refusal says, and which GraphQL fields and socket events count against which limit.
import type { Redis } from 'ioredis';
import type { RateLimitSettings } from '../config.js';
import { RateLimit } from './rate-limit.js';

export type LimitName = keyof RateLimitSettings;

/** Whom a limit counts: the person signed in, or the network address (before she has an account). */
export type CountedBy = 'person' | 'address';

const REFUSALS: Record<LimitName, { key: string; tooMany: string }> = {
  logIn: { key: 'rateLimit.logIn', tooMany: 'There were too many log-in attempts from this network' },
  signUp: { key: 'rateLimit.signUp', tooMany: 'Too many accounts were created from this network' },
  reports: { key: 'rateLimit.reports', tooMany: 'You have sent many reports in a short time' },
  typing: { key: 'rateLimit.typing', tooMany: 'Typing signals are being sent too fast' },
  sync: { key: 'rateLimit.sync', tooMany: 'Conversations are being reloaded too often' },
  recommendations: { key: 'rateLimit.recommendations', tooMany: 'You have asked for recommendations too often' },
  matchingRounds: { key: 'rateLimit.matchingRounds', tooMany: 'You have run too many matching rounds' },
  history: { key: 'rateLimit.history', tooMany: 'Older messages are being loaded too fast' },
  assistedSignUp: { key: 'rateLimit.assistedSignUp', tooMany: 'You have opened or changed many accounts for others' },
  accountRecovery: { key: 'rateLimit.accountRecovery', tooMany: 'You have reset many accounts' },
};

/** Root fields that cost the server or can hurt someone, with the limit each counts against. */
export const GRAPHQL_LIMITS: Record<string, { limit: LimitName; by: CountedBy }> = {
  'Mutation.logIn': { limit: 'logIn', by: 'address' },
  'Mutation.register': { limit: 'signUp', by: 'address' },
  // A first log-in with a setup code is a log-in: counted with them, by address.
  'Mutation.setUpAccount': { limit: 'logIn', by: 'address' },
  'Mutation.assistedSignUp': { limit: 'assistedSignUp', by: 'person' },
  'Mutation.assistedUpdateProfile': { limit: 'assistedSignUp', by: 'person' },
  'Mutation.resetAccountAccess': { limit: 'accountRecovery', by: 'person' },
  'Mutation.reportMessage': { limit: 'reports', by: 'person' },
  'Mutation.reportPerson': { limit: 'reports', by: 'person' },
  'Query.recommendations': { limit: 'recommendations', by: 'person' },
  'Mutation.runMatchingRound': { limit: 'matchingRounds', by: 'person' },
  'Query.messages': { limit: 'history', by: 'person' },
  'Query.reportedConversation': { limit: 'history', by: 'person' },
};

/** Socket events that count against a limit, per person (sending a message has its own limit). */
export const SOCKET_LIMITS: Partial<Record<string, LimitName>> = {
  'conversation:typing': 'typing',
  'conversation:sync': 'sync',
};

export class RateLimits {
  private readonly limits: Record<LimitName, RateLimit>;

  constructor(settings: RateLimitSettings, redis?: Redis) {
    const entries = (Object.keys(REFUSALS) as LimitName[]).map(
      (name) => [name, new RateLimit({ name, window: settings[name], ...REFUSALS[name], redis })] as const,
    );
    this.limits = Object.fromEntries(entries) as Record<LimitName, RateLimit>;
  }

  get(name: LimitName): RateLimit {
    return this.limits[name];
  }
}
