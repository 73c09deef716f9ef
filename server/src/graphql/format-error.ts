// Turns every error into what a client may see: a stable code, a message key and a readable message.
// Unexpected errors are logged by the server and reach the client only as a generic message.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { AppError, DatabaseUnavailableError, RateLimitedError } from '../errors.js';
import { isDatabaseUnreachable } from '../http/database-outage.js';

const PASSED_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export interface FieldProblem {
  path: string;
  problems: string[];
}

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ path, problems: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        key: original.key,
        params: original.params,
        ...(original instanceof RateLimitedError ? { retryAfterSeconds: original.retryAfterSeconds } : {}),
      },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = flatten(original.extensions.validationErrors, '');
    return {
      ...base,
      message: `Some answers need fixing: ${fields.map((f) => `${f.path} (${f.problems.join('; ')})`).join(', ')}`,
      extensions: { code: 'BAD_USER_INPUT', key: 'error.validation', params: {}, fields },
    };
  }
  // graphql-js gives up on variables after 50 problems with an error of its own, without a code.
  if (formatted.message.startsWith('Too many errors processing variables')) {
    return {
      ...base,
      message: formatted.message,
      extensions: { code: 'BAD_USER_INPUT', key: 'error.validation', params: {} },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASSED_THROUGH.has(code)) {
    return { ...base, message: formatted.message, extensions: { code, key: 'error.badRequest', params: {} } };
  }
  if (isDatabaseUnreachable(original)) {
    const unavailable = new DatabaseUnavailableError();
    return {
      ...base,
      message: unavailable.message,
      extensions: { code: unavailable.code, key: unavailable.key, params: unavailable.params },
    };
  }
  return {
    ...base,
    message: 'Something went wrong on our side. Please try again.',
    extensions: { code: 'INTERNAL_SERVER_ERROR', key: 'error.internal', params: {} },
  };
}
