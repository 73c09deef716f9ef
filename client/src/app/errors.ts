// Server errors carry a stable code and a message key (`extensions.key`); she reads the key translated.
// Unknown keys fall back to a sentence for the code, so a new server error is never shown in English.
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
type ErrorCode = (typeof ERROR_CODES)[number];

export interface ServerProblem {
  code: string;
  key: string;
  params: Record<string, unknown>;
}

export function serverProblem(error: unknown): ServerProblem | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const extensions = first?.extensions ?? {};
  return {
    code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
    key: typeof extensions.key === 'string' ? extensions.key : 'error.internal',
    params:
      typeof extensions.params === 'object' && extensions.params ? (extensions.params as Record<string, unknown>) : {},
  };
}

/** The message to show her for any error a query or mutation ended with. */
export function errorMessage(t: TFunction, error: unknown): string {
  const problem = serverProblem(error);
  if (!problem) return t('errors.offline');
  const key = `serverErrors.${problem.key}`;
  const byCode = (ERROR_CODES as readonly string[]).includes(problem.code)
    ? `errors.byCode.${problem.code as ErrorCode}`
    : 'errors.byCode.INTERNAL_SERVER_ERROR';
  // Keys come from the server at run time, so they are checked here rather than by the compiler.
  return t(key as 'errors.offline', { ...problem.params, defaultValue: t(byCode as 'errors.offline') });
}
