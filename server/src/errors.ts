// The small set of errors services throw. Each maps to a stable GraphQL code and carries a message key
// (and parameters) that a client translates; the English message is for logs and simple clients.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export type ErrorParams = Record<string, string | number | boolean | string[]>;

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    message: string,
    readonly params: ErrorParams = {},
  ) {
    super(message, { extensions: { code, key, params } });
    this.name = 'AppError';
  }
}

export class UnauthenticatedError extends AppError {
  constructor(key = 'error.unauthenticated', message = 'Please log in to continue.') {
    super('UNAUTHENTICATED', key, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(key = 'error.forbidden', message = 'You are not allowed to do this.') {
    super('FORBIDDEN', key, message);
  }
}

export class BadUserInputError extends AppError {
  constructor(key: string, message: string, params: ErrorParams = {}) {
    super('BAD_USER_INPUT', key, message, params);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', 'error.notFound', `${what} was not found.`, { what });
  }
}

export class ConflictError extends AppError {
  constructor(key: string, message: string, params: ErrorParams = {}) {
    super('CONFLICT', key, message, params);
  }
}

/** Too many of something: says in whole seconds when she may try again. */
export class RateLimitedError extends AppError {
  constructor(
    key: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('RATE_LIMITED', key, message, { retryAfterSeconds });
  }
}

/** The database cannot be reached just now: nothing was done, and trying again shortly may work. */
export class DatabaseUnavailableError extends AppError {
  static readonly RETRY_AFTER_SECONDS = 10;

  constructor() {
    super(
      'UNAVAILABLE',
      'error.databaseUnavailable',
      'Aliadas cannot reach its database right now. Nothing was changed; please try again in a minute.',
      { retryAfterSeconds: DatabaseUnavailableError.RETRY_AFTER_SECONDS },
    );
  }
}
