// Which failures count as "the database cannot be reached": the shapes the PostgreSQL driver, the pool
// and MikroORM give them, also wrapped (as Apollo wraps an error in creating the context); and not the
// ordinary failures that must stay INTERNAL_SERVER_ERROR.
import { ConnectionException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { formatError } from '../graphql/format-error.js';
import { isDatabaseUnreachable } from './database-outage.js';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnreachable', () => {
  test.each([
    ['refused', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['reset', withCode('read ECONNRESET', 'ECONNRESET')],
    ['a dropped connection', new Error('select 1 - Connection terminated unexpectedly')],
    ['a connection that never opens', new Error('timeout expired')],
    [
      'a pool that waits too long',
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' }),
    ],
    [
      'a database closed to connections',
      withCode('database "aliadas" is not currently accepting connections', '55000'),
    ],
    ['an administrator ending the session', withCode('terminating connection due to administrator command', '57P01')],
    ['MikroORM’s connection exception', new ConnectionException(new Error('gone'))],
    [
      'wrapped by Apollo',
      new GraphQLError('Context creation failed: x', { originalError: withCode('x', 'ECONNREFUSED') }),
    ],
    ['as a cause', new Error('outer', { cause: withCode('inner', '08006') })],
  ])('%s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  test.each([
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a constraint', withCode('duplicate key value violates unique constraint', '23505')],
    ['a statement timing out on a live database', withCode('canceling statement due to statement timeout', '57014')],
    ['not an error', 'ECONNREFUSED'],
  ])('not %s', (_, error) => {
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});

test('GraphQL answers UNAVAILABLE with a readable message and the seconds to wait', () => {
  const formatted = formatError(
    { message: 'select 1 - Connection terminated unexpectedly' },
    new GraphQLError('select 1 - Connection terminated unexpectedly', {
      path: ['me'],
      originalError: new Error('select 1 - Connection terminated unexpectedly'),
    }),
  );
  expect(formatted.extensions).toEqual({
    code: 'UNAVAILABLE',
    key: 'error.databaseUnavailable',
    params: { retryAfterSeconds: 10 },
  });
  expect(formatted.message).toMatch(/cannot reach its database.*try again/);
  expect(formatted.message).not.toMatch(/select|terminated/);
});
