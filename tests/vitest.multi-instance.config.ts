// `pnpm test:multi-instance`: real server processes sharing one database and Redis. Slow, so kept out
// of the default run. SQLite by default; PostgreSQL (a fresh database) when DATABASE_URL is set.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../vitest.config.js';

export default defineConfig({
  ...base,
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    ...base.test,
    include: ['tests/multi-instance/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
