import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { runMatch } from './match.js';

const example =
  '{"left":[{"id":"d1","capacity":1}],"right":[{"id":"s1","capacity":3}],"edges":[{"left":"d1","right":"s1","score":0.8}]}';

/** Runs the command against in-memory files and standard input. */
async function run(args: string[], files: Record<string, string> = {}, stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runMatch(args, {
    readStdin: async () => new TextEncoder().encode(stdin),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return new TextEncoder().encode(text);
    },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

function expectOneLineError(result: { code: number; stdout: string; stderr: string }, code: number, message: RegExp) {
  expect(result.code).toBe(code);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^match: [^\n]+\n$/);
  expect(result.stderr).toMatch(message);
}

describe('match solve', () => {
  test('prints the optimal assignment of the example', async () => {
    const result = await run(['solve', 'round.json'], { 'round.json': example });
    expect(result).toEqual({
      code: 0,
      stdout: '{"objective":0.8,"assignment":[{"left":"d1","right":"s1"}]}\n',
      stderr: '',
    });
  });

  test('reads standard input with -', async () => {
    const result = await run(['solve', '-'], {}, example);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ objective: 0.8, assignment: [{ left: 'd1', right: 's1' }] });
  });

  test('maximizes the total score, or the number of matches first with --coverage-first', async () => {
    const round = JSON.stringify({
      left: [
        { id: 'd1', capacity: 1 },
        { id: 'd2', capacity: 1 },
      ],
      right: [
        { id: 's1', capacity: 1 },
        { id: 's2', capacity: 1 },
      ],
      edges: [
        { left: 'd1', right: 's1', score: 10 },
        { left: 'd1', right: 's2', score: 1 },
        { left: 'd2', right: 's1', score: 1 },
      ],
    });
    const best = await run(['solve', '-'], {}, round);
    expect(JSON.parse(best.stdout)).toEqual({ objective: 10, assignment: [{ left: 'd1', right: 's1' }] });
    const covered = await run(['solve', '--coverage-first', '-'], {}, round);
    expect(JSON.parse(covered.stdout)).toEqual({
      objective: 2,
      assignment: [
        { left: 'd1', right: 's2' },
        { left: 'd2', right: 's1' },
      ],
    });
  });

  test('keeps ids that need escaping intact', async () => {
    const round = JSON.stringify({
      left: [{ id: 'd "1"\n', capacity: 1 }],
      right: [{ id: 'sé\\', capacity: 1 }],
      edges: [{ left: 'd "1"\n', right: 'sé\\', score: 2 }],
    });
    const result = await run(['solve', '-'], {}, round);
    expect(JSON.parse(result.stdout)).toEqual({ objective: 2, assignment: [{ left: 'd "1"\n', right: 'sé\\' }] });
  });

  const badInput: [string, string, RegExp][] = [
    ['text that is not JSON', 'not json', /invalid round JSON at line 1, column 1/],
    ['an unknown id in an edge', example.replace('"left":"d1","right"', '"left":"d7","right"'), /unknown left id "d7"/],
    ['a negative capacity', example.replace('"capacity":3', '"capacity":-3'), /right node "s1" has capacity -3/],
    ['a missing field', example.replace(',"score":0.8', ''), /edge 0 has no "score"/],
    ['a missing list', '{"left":[],"right":[]}', /no "edges" list/],
    ['a bad score', example.replace('0.8', '0'), /has score 0/],
  ];
  for (const [what, text, message] of badInput) {
    test(`exits 1 with one line for ${what}`, async () => {
      expectOneLineError(await run(['solve', '-'], {}, text), 1, message);
    });
  }

  test('exits 1 when the file cannot be read', async () => {
    expectOneLineError(await run(['solve', 'missing.json']), 1, /cannot read missing\.json: ENOENT/);
  });

  const badUsage: [string, string[], RegExp][] = [
    ['no command', [], /no command; usage: match solve/],
    ['an unknown command', ['solv', 'x'], /unknown command "solv"/],
    ['no file', ['solve'], /no input file/],
    ['two files', ['solve', 'a', 'b'], /more than one input file/],
    ['an unknown option', ['solve', '--fast', 'a'], /unknown option --fast/],
  ];
  for (const [what, args, message] of badUsage) {
    test(`exits 2 with one line for ${what}`, async () => {
      expectOneLineError(await run(args), 2, message);
    });
  }

  const built = fileURLToPath(new URL('../../dist/cli/match.js', import.meta.url));
  test.skipIf(!existsSync(built))('the built command reads standard input and exits with the right codes', () => {
    const ok = spawnSync(process.execPath, [built, 'solve', '-'], { input: example, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('{"objective":0.8,"assignment":[{"left":"d1","right":"s1"}]}\n');
    const bad = spawnSync(process.execPath, [built, 'solve', '-'], { input: '{', encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const usage = spawnSync(process.execPath, [built], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
