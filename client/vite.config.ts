// Builds the web client into client/dist, which the server serves on its own port. In dev, Vite serves
// the client with hot reload and forwards the API and the chat socket to a running server.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.ALIADAS_API ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
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
