import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const serverRequire = createRequire(new URL('./server/package.json', import.meta.url));

// SWC rather than esbuild: the server's decorators need emitted type metadata.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
      },
    }),
  ],
  resolve: {
    alias: [
      { find: /^@aliadas\/shared$/, replacement: fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)) },
      // Subpaths (see shared/package.json "exports") map to their folder's index.
      {
        find: /^@aliadas\/shared\/solver$/,
        replacement: fileURLToPath(new URL('./shared/src/matching/solver/index.ts', import.meta.url)),
      },
      // One graphql instance: the CommonJS entry that Node (and so type-graphql and Apollo) loads.
      { find: /^graphql$/, replacement: serverRequire.resolve('graphql') },
    ],
  },
  test: {
    include: ['shared/src/**/*.test.ts', 'server/src/**/*.test.ts', 'client/src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'tests/e2e/**', 'tests/multi-instance/**'],
    globals: false,
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
