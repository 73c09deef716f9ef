// Hostile values for property-based tests of every input the server takes: malformed, oversized,
// unicode-edge and injection-shaped, generated from the GraphQL schema's input types or for socket payloads.
import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { loadConfig, type Config } from '../config.js';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
} from 'graphql';

/** Text that has broken servers before: injections, unicode edges, numbers in disguise. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n\r',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '" OR 1=1 --',
  '{"$gt":""}',
  '{"$where":"sleep(1000)"}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '${jndi:ldap://example.invalid/a}',
  '{{7*7}}',
  '%s%s%s%n',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '9007199254740993',
  'null',
  'undefined',
  'true',
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF\uD800',
  '\u202Egnp.exe',
  '\u202Dabc\u202C\u200F',
  '\u200B\u200C\u200D\uFEFF',
  '\u200B',
  `e${'\u0301'.repeat(300)}`,
  `Z${'\u0336\u0337\u0338'.repeat(2000)}`,
  '👩‍👩‍👧‍👦',
  '🏳️‍⚧️👩🏽‍🚀',
  '\uFFFD\uFFFF\uFFFE',
  '\u0085\u2028\u2029',
  'ñandú ÇÀÉ ﷽',
  'a'.repeat(5_000),
  'ü'.repeat(20_000),
  '😀'.repeat(30_000),
];

/** One UTF-16 unit at a time: lone surrogates, control characters and all. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...NASTY_STRINGS), fc.constantFrom(...NASTY_STRINGS))
      .map(([a, b]) => `${a}${b}`),
  },
);

/** A value nested `depth` levels deep in arrays or objects. */
function nested(depth: number, leaf: unknown, inObject: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = inObject ? { a: value } : [value];
  return value;
}

/** Values of the wrong type, or shaped like an attack on whatever reads them. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    1e308,
    -1e308,
    0.5,
    [],
    {},
    { $gt: '' },
    { $ne: null },
    { __proto__: { admin: true } },
    { constructor: { prototype: { admin: true } } },
    'NOT_A_VALUE',
    'NaN',
    'Infinity',
    '1e309',
    [null],
    [[[]]],
  ),
  fc.integer({ min: 1, max: 400 }).chain((d) => fc.boolean().map((o) => nested(d, 'deep', o))),
  hostileString,
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);

/** The sample ids an ID argument may take besides garbage: ids of real records make the call go further. */
export type IdPool = () => string[];

interface Options {
  ids: IdPool;
  /** Chance (0..1 as a weight out of 10) of a wrong-typed value where a value is expected. */
  wrongWeight?: number;
}

/**
 * Values for one GraphQL input type: mostly well-typed (so they pass GraphQL's own coercion and reach
 * validators and services) with hostile content, sometimes of the wrong type altogether.
 */
export function hostileFor(type: GraphQLInputType, options: Options, depth = 0): fc.Arbitrary<unknown> {
  const wrongWeight = options.wrongWeight ?? 1;
  const typed = wellTyped(type, options, depth);
  return fc.oneof({ weight: 8, arbitrary: typed }, { weight: wrongWeight, arbitrary: wrongValue });
}

function wellTyped(type: GraphQLInputType, options: Options, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return wellTyped(type.ofType, options, depth);
  if (isListType(type)) {
    const item = hostileFor(type.ofType, options, depth + 1);
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
      // Oversized lists, of one repeated item to keep the request under the body size limit.
      {
        weight: 1,
        arbitrary: fc
          .tuple(item, fc.integer({ min: 50, max: 2000 }))
          .map(([v, n]) =>
            Array.from({ length: Math.max(1, Math.min(n, Math.floor(200_000 / jsonLength(v)))) }, () => v),
          ),
      },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', 'admin', '', "'; DROP TABLE users; --") },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const parts = Object.fromEntries(
      fields.map((field) => {
        const value = hostileFor(field.type, options, depth + 1);
        const optional = !isNonNullType(field.type) || field.defaultValue !== undefined;
        // An optional field may be left out or set to null.
        return [field.name, optional ? fc.oneof(value, fc.constant(undefined), fc.constant(null)) : value] as const;
      }),
    );
    return fc
      .record(parts)
      .chain((record) =>
        fc
          .option(fc.tuple(hostileString, hostileString), { freq: 8 })
          .map((extra) =>
            Object.fromEntries(
              Object.entries({ ...record, ...(extra ? { [extra[0] || 'x']: extra[1] } : {}) }).filter(
                ([, v]) => v !== undefined,
              ),
            ),
          ),
      );
  }
  if (isScalarType(type)) {
    switch (getNamedType(type).name) {
      case 'ID':
        return fc.oneof(
          { weight: 3, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...pool(options.ids))) },
          { weight: 1, arbitrary: fc.uuid() },
          { weight: 3, arbitrary: hostileString },
        );
      case 'String':
        return hostileString;
      case 'Int':
        return fc.oneof(
          fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31)),
          fc.integer(),
          fc.integer({ min: -5, max: 300 }),
        );
      case 'Float':
        return fc.oneof(
          fc.constantFrom(0, -0, 1e308, -1e308, 5e-324),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        );
      case 'Boolean':
        return fc.boolean();
      case 'DateTimeISO':
        return fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.constantFrom('0000-00-00T00:00:00Z', '275760-09-13T00:00:00.001Z', '2026-02-30T25:61:00Z'),
          hostileString,
        );
      case 'JSONObject':
        return fc.dictionary(hostileString, fc.oneof(hostileString, wrongValue), { maxKeys: 4 });
      default:
        throw new Error(`no hostile values for the scalar ${type.name}: add them here`);
    }
  }
  throw new Error(`unexpected input type ${String(type)}`);
}

function jsonLength(value: unknown): number {
  return (JSON.stringify(value) ?? '').length + 1;
}

function pool(ids: IdPool): string[] {
  const found = ids();
  return found.length > 0 ? found : ['00000000-0000-4000-8000-000000000000'];
}

/**
 * A fingerprint of every table: its row count and a hash of its rows, so that a test sees any change
 * a refused call might have left behind.
 */
/**
 * Tables the server's background work writes whatever the request: the outbox relay marks delivery
 * attempts as it sends notifications made earlier. What a request may write there, the notifications
 * themselves, is compared.
 */
const BACKGROUND_BOOKKEEPING = ['notification_outbox'];

export async function databaseFingerprint(orm: MikroORM): Promise<Record<string, string>> {
  const connection = orm.em.getConnection();
  const tables = [
    ...new Set(
      Object.values(orm.getMetadata().getAll())
        .filter((meta) => !meta.embeddable && !meta.virtual && meta.tableName)
        .map((meta) => meta.tableName)
        .filter((table) => !BACKGROUND_BOOKKEEPING.includes(table)),
    ),
  ].sort();
  const fingerprint: Record<string, string> = {};
  for (const table of tables) {
    const rows = (await connection.execute(`select * from "${table}"`)) as Record<string, unknown>[];
    const lines = rows.map((row) => JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
    lines.sort();
    fingerprint[table] = `${rows.length}:${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return fingerprint;
}

/**
 * Every lock-out and rate limit far out of reach, so that hostile calls meet the validators and rules
 * rather than the counters.
 */
export function generousLimits(): Pick<Config, 'login' | 'chat' | 'rateLimits'> {
  const names = Object.keys(loadConfig({}).rateLimits) as (keyof Config['rateLimits'])[];
  const window = { points: 1_000_000, windowMs: 60_000 };
  return {
    login: { slowdownAfter: 1_000_000, lockoutAfter: 1_000_000, lockoutMs: 60_000 },
    chat: { rateLimit: { messages: 1_000_000, windowMs: 60_000 } },
    rateLimits: Object.fromEntries(names.map((name) => [name, window])) as unknown as Config['rateLimits'],
  };
}
