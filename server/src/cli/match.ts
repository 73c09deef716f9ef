// `match solve [--coverage-first] FILE|-`: reads a matching round as JSON and prints its optimal
// assignment, {"objective":…,"assignment":[{"left":…,"right":…}]}, on standard output. A bad round or
// bad usage prints one line on standard error and nothing on standard output (exit 1, or 2 for usage).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { SolverInputError, solveIndexed } from '@aliadas/shared/solver';
import { parseRound, RoundInputError } from './solver-input-parser.js';

const USAGE = 'usage: match solve [--coverage-first] <file | - for standard input>';

export interface MatchIo {
  /** The whole of standard input. */
  readStdin: () => Promise<Uint8Array>;
  readFile: (path: string) => Uint8Array;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the command; returns the exit code. */
export async function runMatch(args: readonly string[], io: MatchIo): Promise<number> {
  const [command, ...rest] = args;
  const coverageFirst = rest.includes('--coverage-first');
  const operands = rest.filter((a) => a !== '--coverage-first');
  const unknownOption = operands.find((a) => a.startsWith('--'));
  if (command !== 'solve' || operands.length !== 1 || unknownOption !== undefined) {
    const problem =
      command === undefined
        ? 'no command'
        : command !== 'solve'
          ? `unknown command ${JSON.stringify(command)}`
          : unknownOption !== undefined
            ? `unknown option ${unknownOption}`
            : operands.length === 0
              ? 'no input file'
              : 'more than one input file';
    io.stderr(`match: ${problem}; ${USAGE}\n`);
    return 2;
  }
  const source = operands[0]!;
  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? await io.readStdin() : io.readFile(source);
  } catch (error) {
    io.stderr(`match: cannot read ${source}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const { leftIds, rightIds, problem } = parseRound(bytes);
    const { objective, chosenEdges } = solveIndexed(problem, { coverageFirst });
    io.stdout(formatAssignment(objective, chosenEdges, problem.edgeLeft, problem.edgeRight, leftIds, rightIds));
    return 0;
  } catch (error) {
    if (error instanceof RoundInputError || error instanceof SolverInputError) {
      io.stderr(`match: ${error.message}\n`);
      return 1;
    }
    io.stderr(`match: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function formatAssignment(
  objective: number,
  chosenEdges: Int32Array,
  edgeLeft: Int32Array,
  edgeRight: Int32Array,
  leftIds: readonly string[],
  rightIds: readonly string[],
): string {
  const pairs = Array.from(
    chosenEdges,
    (k) => `{"left":${JSON.stringify(leftIds[edgeLeft[k]!])},"right":${JSON.stringify(rightIds[edgeRight[k]!])}}`,
  );
  return `{"objective":${JSON.stringify(objective)},"assignment":[${pairs.join(',')}]}\n`;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    chunks.push(buffer);
    length += buffer.length;
  }
  // One copy into a buffer of the final size, dropping the chunks as they are copied.
  const all = Buffer.allocUnsafe(length);
  let at = 0;
  for (let i = 0; i < chunks.length; i++) {
    all.set(chunks[i]!, at);
    at += chunks[i]!.length;
    chunks[i] = Buffer.alloc(0);
  }
  return all;
}

const processIo: MatchIo = {
  readStdin,
  readFile: (path) => readFileSync(path),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** The command on this process's standard streams (also what `pnpm match` runs). */
export async function main(args: readonly string[]): Promise<void> {
  // A reader that stops early (| head) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = await runMatch(args, processIo);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
