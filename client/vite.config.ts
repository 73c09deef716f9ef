// Builds the web client into client/dist, which the server serves on its own port. In dev, Vite serves
// the client with hot reload and forwards the API and the chat socket to a running server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiTarget = process.env.ALIADAS_API ?? 'http://localhost:4000';

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy next to each script and style sheet, compressed once at
 * their best, so the server sends a phone the smallest file without compressing on every request.
 */
function precompress(): Plugin {
  return {
    name: 'aliadas-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css)$/.test(fileName)) continue;
        const path = join(options.dir!, fileName);
        const output = bundle[fileName]!;
        const source = Buffer.from(output.type === 'chunk' ? output.code : output.source);
        writeFileSync(`${path}.br`, brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: { '@aliadas/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/socket.io': { target: apiTarget, changeOrigin: true, ws: true },
      '/health': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The build prints gzipped sizes per chunk; scripts/bundle-size.js enforces the entry budget.
    reportCompressedSize: true,
    manifest: true,
  },
});
