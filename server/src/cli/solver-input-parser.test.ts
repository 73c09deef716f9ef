import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseRound, RoundInputError } from './solver-input-parser.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

interface Round {
  left: { id: string; capacity: number }[];
  right: { id: string; capacity: number }[];
  edges: { left: string; right: string; score: number }[];
}

/** What the parser must produce, computed the slow way with JSON.parse. */
function expected(round: Round) {
  const leftIndex = new Map(round.left.map((n, i) => [n.id, i]));
  const rightIndex = new Map(round.right.map((n, i) => [n.id, i]));
  return {
    leftIds: round.left.map((n) => n.id),
    rightIds: round.right.map((n) => n.id),
    leftCapacity: round.left.map((n) => n.capacity),
    rightCapacity: round.right.map((n) => n.capacity),
    edgeLeft: round.edges.map((e) => leftIndex.get(e.left)),
    edgeRight: round.edges.map((e) => rightIndex.get(e.right)),
    edgeScore: round.edges.map((e) => e.score),
  };
}

function actual(text: string) {
  const { leftIds, rightIds, problem } = parseRound(encode(text));
  return {
    leftIds,
    rightIds,
    leftCapacity: Array.from(problem.leftCapacity),
    rightCapacity: Array.from(problem.rightCapacity),
    edgeLeft: Array.from(problem.edgeLeft),
    edgeRight: Array.from(problem.edgeRight),
    edgeScore: Array.from(problem.edgeScore),
  };
}

const example =
  '{"left":[{"id":"d1","capacity":1}],"right":[{"id":"s1","capacity":3}],"edges":[{"left":"d1","right":"s1","score":0.8}]}';

describe('parseRound', () => {
  test('reads the example round', () => {
    expect(actual(example)).toEqual(expected(JSON.parse(example) as Round));
  });

  test('reads any layout: spaces, key order, edges before nodes, extra keys, escapes, exponents', () => {
    const text = `
      {
        "comment": {"nested": [1, 2.5e3, true, null, "x\\"y"]},
        "edges": [
          { "score": 1.5e-3, "right": "s\\u0031", "left": "d 1", "why": ["a"] },
          {"left":"d\\u00e9","right":"s1","score":2},
          {"left":"d 1","right":"s2","score":0.12345678901234567}
        ],
        "right": [ {"capacity": 3, "id": "s1"}, {"id": "s2", "capacity": 0, "note": {}} ],
        "left": [{"id": "d 1", "capacity": 1}, {"id": "dé", "capacity": 2e0}]
      }`;
    expect(actual(text)).toEqual(expected(JSON.parse(text) as Round));
  });

  test('reads the same numbers as JSON.parse', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (score) => {
        const text = `{"left":[{"id":"a","capacity":1}],"right":[{"id":"b","capacity":1}],"edges":[{"left":"a","right":"b","score":${JSON.stringify(score)}}]}`;
        expect(actual(text).edgeScore[0]).toBe(score);
      }),
      { numRuns: 2000 },
    );
    for (const literal of [
      '0.1',
      '0.7',
      '1e-7',
      '123456789012345',
      '1234567890123456789',
      '9007199254740993',
      '4.35',
      '0.000001',
      '5e-324',
      '1.7976931348623157e308',
    ]) {
      const text = `{"left":[{"id":"a","capacity":1}],"right":[{"id":"b","capacity":1}],"edges":[{"left":"a","right":"b","score":${literal}}]}`;
      expect(actual(text).edgeScore[0]).toBe(Number(literal));
    }
  });

  test('agrees with JSON.parse on random rounds, compact or indented', () => {
    const id = fc.string({
      unit: fc.constantFrom('a', 'b', 'é', '"', '\\', ' ', '1', '☃', '\n'),
      minLength: 1,
      maxLength: 4,
    });
    const round = fc
      .record({
        left: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
        right: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
      })
      .chain(({ left, right }) =>
        fc.record({
          left: fc.constant(left.map((i) => ({ id: i, capacity: i.length }))),
          right: fc.constant(right.map((i) => ({ id: i, capacity: 2 }))),
          edges: fc.array(
            fc.record({
              left: fc.constantFrom(...left),
              right: fc.constantFrom(...right),
              score: fc.double({ min: 0.001, max: 1000, noNaN: true }),
            }),
            { maxLength: 20 },
          ),
        }),
      );
    fc.assert(
      fc.property(round, fc.constantFrom(undefined, 2), (r, indent) => {
        const text = JSON.stringify(r, null, indent);
        expect(actual(text)).toEqual(expected(r));
      }),
      { numRuns: 300 },
    );
  });

  test('an edge of the compact layout that differs anywhere in its keys is read as any JSON, between compact ones', () => {
    const edge = (score: number): string => `{"left":"a","right":"b","score":${score}}`;
    const round = (middle: string): string =>
      `{"left":[{"id":"a","capacity":1}],"right":[{"id":"b","capacity":1}],"edges":[${edge(1)},${middle},${edge(3)}]}`;
    // A space after any byte before the score keeps the same round...
    const middle = edge(2);
    const keysEnd = middle.indexOf(':2');
    let spaces = 0;
    for (let at = 1; at <= keysEnd + 1; at++) {
      if (middle.slice(0, at).split('"').length % 2 === 0) continue; // inside a key or an id
      const text = round(middle.slice(0, at) + ' ' + middle.slice(at));
      expect(actual(text)).toEqual(expected(JSON.parse(text) as Round));
      spaces++;
    }
    expect(spaces).toBe(11);
    // ...and a key one letter off is another key, so the edge lacks that one.
    for (const key of ['left', 'right', 'score']) {
      for (let i = 0; i < key.length; i++) {
        const wrong = key.slice(0, i) + (key[i] === 'x' ? 'y' : 'x') + key.slice(i + 1);
        const text = round(middle.replace(`"${key}"`, `"${wrong}"`));
        expect(() => parseRound(encode(text))).toThrow(`edge 1 has no "${key}"`);
      }
    }
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', 'hello', /invalid round JSON at line 1, column 1: expected "\{"/],
    ['empty input', '', /invalid round JSON: the input ends too early/],
    ['a truncated round', example.slice(0, 60), /invalid round JSON: the input ends too early/],
    ['text after the round', `${example} x`, /unexpected text after the round/],
    ['a missing "edges"', '{"left":[],"right":[]}', /no "edges" list/],
    ['a missing "left"', '{"right":[],"edges":[]}', /no "left" list/],
    ['a node without capacity', '{"left":[{"id":"a"}],"right":[],"edges":[]}', /left node "a" has no "capacity"/],
    ['a node without id', '{"left":[{"capacity":1}],"right":[],"edges":[]}', /left node 0 has no "id"/],
    [
      'a negative capacity',
      '{"left":[],"right":[{"id":"s","capacity":-2}],"edges":[]}',
      /right node "s" has capacity -2/,
    ],
    ['a fractional capacity', '{"left":[{"id":"a","capacity":0.5}],"right":[],"edges":[]}', /capacity 0.5/],
    ['a capacity as text', '{"left":[{"id":"a","capacity":"1"}],"right":[],"edges":[]}', /"capacity" must be a number/],
    [
      'a duplicate id',
      '{"left":[{"id":"a","capacity":1},{"id":"a","capacity":1}],"right":[],"edges":[]}',
      /duplicate left id "a"/,
    ],
    [
      'an unknown left id',
      '{"left":[{"id":"a","capacity":1}],"right":[{"id":"b","capacity":1}],"edges":[{"left":"x","right":"b","score":1}]}',
      /edge 0 names unknown left id "x"/,
    ],
    [
      'an unknown right id',
      '{"left":[{"id":"a","capacity":1}],"right":[{"id":"b","capacity":1}],"edges":[{"left":"a","right":"x","score":1}]}',
      /edge 0 names unknown right id "x"/,
    ],
    [
      'an edge without score',
      '{"left":[{"id":"a","capacity":1}],"right":[{"id":"b","capacity":1}],"edges":[{"left":"a","right":"b"}]}',
      /edge 0 has no "score"/,
    ],
    [
      'a zero score',
      '{"left":[{"id":"a","capacity":1}],"right":[{"id":"b","capacity":1}],"edges":[{"left":"a","right":"b","score":0}]}',
      /edge 0 \("a"–"b"\) has score 0/,
    ],
    [
      'a negative score',
      '{"left":[{"id":"a","capacity":1}],"right":[{"id":"b","capacity":1}],"edges":[{"left":"a","right":"b","score":-1}]}',
      /has score -1/,
    ],
    [
      'an overflowing score',
      '{"left":[{"id":"a","capacity":1}],"right":[{"id":"b","capacity":1}],"edges":[{"left":"a","right":"b","score":1e999}]}',
      /has score Infinity/,
    ],
    ['a bad number', '{"left":[{"id":"a","capacity":01}],"right":[],"edges":[]}', /invalid round JSON/],
    ['a bad escape', '{"left":[{"id":"\\q","capacity":1}],"right":[],"edges":[]}', /invalid escape/],
    ['an edge that is not an object', '{"left":[],"right":[],"edges":[3]}', /edge 0 must be an object/],
  ];
  for (const [what, text, message] of bad) {
    test(`rejects ${what}`, () => {
      expect(() => parseRound(encode(text))).toThrow(RoundInputError);
      expect(() => parseRound(encode(text))).toThrow(message);
    });
  }
});
