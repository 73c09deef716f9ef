// The only place that reads the environment: every setting is named, typed and checked at start.
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = z.coerce.number().int().positive();

/** `N/SECONDS`: at most N within SECONDS seconds. */
const rateLimit = (defaultValue: string) =>
  z
    .string()
    .regex(/^\d+\/\d+$/, 'must be N/SECONDS, such as 20/60 (at most 20 every 60 seconds)')
    .default(defaultValue)
    .transform((v) => {
      const [points, seconds] = v.split('/').map(Number) as [number, number];
      return { points, windowMs: seconds * 1000 };
    })
    .refine((l) => l.points > 0 && l.windowMs > 0, 'both numbers must be at least 1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// URL (leave it unset for SQLite)')
    .optional(),
  SQLITE_PATH: z.string().min(1).default('./data/aliadas.sqlite'),
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO_DATA: booleanFlag.optional(),
  SESSION_TTL_DAYS: positiveInt.default(30),
  LOGIN_SLOWDOWN_AFTER: positiveInt.default(3),
  LOGIN_LOCKOUT_AFTER: positiveInt.default(10),
  LOGIN_LOCKOUT_MINUTES: positiveInt.default(15),
  PIN_SLOWDOWN_AFTER: positiveInt.default(2),
  PIN_LOCKOUT_AFTER: positiveInt.default(5),
  PIN_LOCKOUT_MINUTES: positiveInt.default(30),
  PIN_ADDRESS_LOCKOUT_AFTER: positiveInt.default(20),
  SETUP_CODE_TTL_HOURS: positiveInt.default(48),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10_000),
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ message: 'each origin must be a URL such as https://aliadas.example' })))
    .optional(),
  INVITATION_TTL_HOURS: positiveInt.default(72),
  INVITATION_SWEEP_SECONDS: positiveInt.default(300),
  WORKSHOP_REMINDER_HOURS: positiveInt.default(24),
  SUPPORTER_REMINDER_DAYS: positiveInt.default(3),
  SUPPORTER_ALERT_DAYS: positiveInt.default(7),
  SUPPORTER_FOLLOW_UP_SWEEP_SECONDS: positiveInt.default(900),
  WORKSHOP_REMINDER_SWEEP_SECONDS: positiveInt.default(300),
  CHAT_RATE_LIMIT_MESSAGES: positiveInt.default(30),
  CHAT_RATE_LIMIT_SECONDS: positiveInt.default(30),
  RATE_LIMIT_LOG_IN: rateLimit('30/300'),
  RATE_LIMIT_SIGN_UP: rateLimit('20/3600'),
  RATE_LIMIT_REPORTS: rateLimit('10/3600'),
  RATE_LIMIT_TYPING: rateLimit('120/60'),
  RATE_LIMIT_SYNC: rateLimit('120/60'),
  RATE_LIMIT_RECOMMENDATIONS: rateLimit('60/60'),
  RATE_LIMIT_MATCHING_ROUNDS: rateLimit('10/600'),
  RATE_LIMIT_HISTORY: rateLimit('120/60'),
  RATE_LIMIT_ASSISTED_SIGN_UP: rateLimit('30/3600'),
  RATE_LIMIT_ACCOUNT_RECOVERY: rateLimit('10/3600'),
});

export type Environment = z.input<typeof environmentSchema>;

export interface Config {
  nodeEnv: 'development' | 'test' | 'production';
  isProduction: boolean;
  port: number;
  host: string;
  database: { kind: 'sqlite'; path: string } | { kind: 'postgresql'; url: string };
  redisUrl: string | undefined;
  logLevel: string;
  /** Create the demo network on an empty database at start. */
  demoData: boolean;
  sessionTtlMs: number;
  login: { slowdownAfter: number; lockoutAfter: number; lockoutMs: number };
  /**
   * A 6-digit PIN (and a one-time setup code) is guessed far sooner than a password: fewer failures per
   * account before a longer lock-out, and failures per address too, whichever account they name.
   */
  pinLogin: { slowdownAfter: number; lockoutAfter: number; lockoutMs: number; addressLockoutAfter: number };
  /** How long the one-time code a coordinator gives a woman stays usable. */
  setupCodeTtlMs: number;
  shutdownTimeoutMs: number;
  /** Other web origins allowed to call the API with credentials; the client's own origin needs none. */
  corsOrigins: string[];
  /** An approved match waits this long for the supporter's answer; a timer expires it every sweep. */
  invitations: { ttlMs: number; sweepIntervalMs: number };
  /** Women with a seat are reminded this long before a workshop starts; a timer looks every sweep. */
  workshops: { reminderLeadMs: number; reminderSweepIntervalMs: number };
  /**
   * A supporter silent this long in an active match after the entrepreneur wrote is reminded; silent
   * `alertAfterMs`, coordinators are alerted and the entrepreneur is offered a new match.
   */
  supporterFollowUp: { reminderAfterMs: number; alertAfterMs: number; sweepIntervalMs: number };
  /** Messages one person may send per window, over all her devices and all instances. */
  chat: { rateLimit: { messages: number; windowMs: number } };
  /** How often one person (or, before she has an account, one address) may do what costs or can harm. */
  rateLimits: RateLimitSettings;
}

export interface RateLimitWindow {
  points: number;
  windowMs: number;
}

export interface RateLimitSettings {
  /** Log-in attempts per address, beside the failures per email that `login` counts. */
  logIn: RateLimitWindow;
  /** New accounts per address. */
  signUp: RateLimitWindow;
  /** Reports of messages and people per person. */
  reports: RateLimitWindow;
  typing: RateLimitWindow;
  /** Catch-up reads of a conversation over the socket. */
  sync: RateLimitWindow;
  recommendations: RateLimitWindow;
  matchingRounds: RateLimitWindow;
  /** Pages of older messages (chat history, a reported conversation). */
  history: RateLimitWindow;
  /** Accounts a coordinator opens or changes for women, per coordinator. */
  assistedSignUp: RateLimitWindow;
  /** Accesses a coordinator resets for women who lost their phone, per coordinator. */
  accountRecovery: RateLimitWindow;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws one ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { kind: 'postgresql', url: e.DATABASE_URL } : { kind: 'sqlite', path: e.SQLITE_PATH },
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA ?? e.NODE_ENV !== 'production',
    sessionTtlMs: e.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000,
    login: {
      slowdownAfter: e.LOGIN_SLOWDOWN_AFTER,
      lockoutAfter: e.LOGIN_LOCKOUT_AFTER,
      lockoutMs: e.LOGIN_LOCKOUT_MINUTES * 60 * 1000,
    },
    pinLogin: {
      slowdownAfter: e.PIN_SLOWDOWN_AFTER,
      lockoutAfter: e.PIN_LOCKOUT_AFTER,
      lockoutMs: e.PIN_LOCKOUT_MINUTES * 60 * 1000,
      addressLockoutAfter: e.PIN_ADDRESS_LOCKOUT_AFTER,
    },
    setupCodeTtlMs: e.SETUP_CODE_TTL_HOURS * 3_600_000,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    corsOrigins: e.CORS_ORIGINS ?? [],
    invitations: { ttlMs: e.INVITATION_TTL_HOURS * 3_600_000, sweepIntervalMs: e.INVITATION_SWEEP_SECONDS * 1000 },
    workshops: {
      reminderLeadMs: e.WORKSHOP_REMINDER_HOURS * 3_600_000,
      reminderSweepIntervalMs: e.WORKSHOP_REMINDER_SWEEP_SECONDS * 1000,
    },
    supporterFollowUp: {
      reminderAfterMs: e.SUPPORTER_REMINDER_DAYS * 86_400_000,
      alertAfterMs: Math.max(e.SUPPORTER_ALERT_DAYS, e.SUPPORTER_REMINDER_DAYS) * 86_400_000,
      sweepIntervalMs: e.SUPPORTER_FOLLOW_UP_SWEEP_SECONDS * 1000,
    },
    chat: { rateLimit: { messages: e.CHAT_RATE_LIMIT_MESSAGES, windowMs: e.CHAT_RATE_LIMIT_SECONDS * 1000 } },
    rateLimits: {
      logIn: e.RATE_LIMIT_LOG_IN,
      signUp: e.RATE_LIMIT_SIGN_UP,
      reports: e.RATE_LIMIT_REPORTS,
      typing: e.RATE_LIMIT_TYPING,
      sync: e.RATE_LIMIT_SYNC,
      recommendations: e.RATE_LIMIT_RECOMMENDATIONS,
      matchingRounds: e.RATE_LIMIT_MATCHING_ROUNDS,
      history: e.RATE_LIMIT_HISTORY,
      assistedSignUp: e.RATE_LIMIT_ASSISTED_SIGN_UP,
      accountRecovery: e.RATE_LIMIT_ACCOUNT_RECOVERY,
    },
  };
}
