// `pnpm dev`: the API server (built once by the root script) and Vite with hot reload, which forwards
// /graphql and /socket.io to it. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = process.env.PORT ?? '4000';

const server = spawn(process.execPath, ['--enable-source-maps', 'server/dist/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
});
const vite = spawn('pnpm', ['--filter', '@aliadas/client', 'exec', 'vite'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ALIADAS_API: `http://127.0.0.1:${port}` },
});

const children = [server, vite];
let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
