// `pnpm match …`: runs the match CLI (server/src/cli/match.ts), building first only when the CLI's own
// sources are newer than their build. `tsc -b shared server` checks every file of both projects even
// when nothing changed, which costs about as much as solving a 330,000-pair round; a dozen stats do not.
// Plain JavaScript on purpose: it must run before anything is built.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The CLI and everything it imports: source folders, where tsc writes them, and their project. */
const PARTS = [
  ['server/src/cli', 'server/dist/cli', 'server'],
  ['shared/src/matching/solver', 'shared/dist/matching/solver', 'shared'],
];

const modified = (path) => statSync(root + path, { throwIfNoEntry: false })?.mtimeMs;

function outOfDate() {
  for (const [source, output, project] of PARTS) {
    // A build that found a touched file unchanged rewrites only the project's build info, not its output.
    const lastBuild = modified(`${project}/tsconfig.tsbuildinfo`) ?? 0;
    for (const name of readdirSync(root + source)) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      const built = modified(`${output}/${name.slice(0, -3)}.js`);
      if (built === undefined) return true;
      const changed = modified(`${source}/${name}`) ?? 0;
      if (changed > built && changed > lastBuild) return true;
    }
  }
  return false;
}

if (outOfDate()) {
  // The compiler's messages go to standard error: standard output holds only the answer.
  const build = spawnSync(process.execPath, [root + 'node_modules/typescript/bin/tsc', '-b', 'shared', 'server'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (build.status !== 0) {
    process.stderr.write('match: the build failed\n');
    process.exit(build.status ?? 1);
  }
}
const { main } = await import('../dist/cli/match.js');
await main(process.argv.slice(2));
