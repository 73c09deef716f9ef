// Builds the web client into client/dist, which the server serves on its own port. In dev, Vite serves
// the client with hot reload and forwards the API and the chat socket to a running server.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiTarget = process.env.ALIADAS_API ?? 'http://localhost:4000';

/**
 * The Spanish strings the first page shows before any page of its own: the frame, the start page, the
 * quick exit, the emergency link, the bell and the data saver. The entry carries only these; the whole
 * Spanish file is loaded as soon as the first page shows, and every other page waits for it
 * (src/i18n/index.ts), so no page ever shows a key instead of its text.
 */
const FIRST_PAGE_STRINGS = [
  'shell',
  'safety',
  'welcome',
  'notFound',
  'errors',
  'offline',
  'emergency.link',
  'notifications.bell',
  'organizations.title',
  'services.title',
];

type StringTree = { [key: string]: string | StringTree };

function firstPageStrings(): Plugin {
  const id = 'virtual:first-page-strings';
  const spanish = fileURLToPath(new URL('./src/i18n/es.json', import.meta.url));
  return {
    name: 'aliadas-first-page-strings',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      this.addWatchFile(spanish);
      const all = JSON.parse(readFileSync(spanish, 'utf8')) as StringTree;
      const picked: StringTree = {};
      for (const path of FIRST_PAGE_STRINGS) {
        const keys = path.split('.');
        let from: string | StringTree | undefined = all;
        let into = picked;
        keys.forEach((key, i) => {
          from = typeof from === 'object' ? from[key] : undefined;
          if (from === undefined) throw new Error(`first-page string ${path} is not in es.json`);
          if (i === keys.length - 1) into[key] = from;
          else into = (into[key] ??= {}) as StringTree;
        });
      }
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}

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

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** Pages whose code the service worker keeps from the start: where she lands, her conversations, help. */
const SHELL_PAGES =
  /(features\/(home|chat)\/[A-Za-z]+Page\.tsx|features\/services\/EmergencyPage\.tsx|app\/NotFoundPage\.tsx|i18n\/\w+\.json)$/;

/**
 * Writes the service worker (dist/sw.js): scripts/service-worker.js with the list of files to keep
 * offline above it. `core` (the page, the first page's code, her conversations' pages, translations,
 * icons) is kept at install; `later` (every other page's code) only once the page asks for it.
 */
function offlineShell(): Plugin {
  return {
    name: 'aliadas-offline-shell',
    apply: 'build',
    writeBundle(options, bundle) {
      const viteManifest = bundle['.vite/manifest.json'];
      if (!viteManifest || viteManifest.type !== 'asset') throw new Error('the offline shell needs build.manifest');
      const chunks = JSON.parse(String(viteManifest.source)) as Record<string, ManifestChunk>;
      const core = new Set<string>();
      const keep = (key: string) => {
        const chunk = chunks[key];
        if (!chunk || core.has(chunk.file)) return;
        core.add(chunk.file);
        for (const css of chunk.css ?? []) core.add(css);
        for (const imported of chunk.imports ?? []) keep(imported);
        // What a kept page loads on demand (the chat's socket client) must open offline too; the
        // entry's own on-demand imports are the other pages, kept later.
        if (!chunk.isEntry) for (const imported of chunk.dynamicImports ?? []) keep(imported);
      };
      for (const [key, chunk] of Object.entries(chunks))
        if (chunk.isEntry || SHELL_PAGES.test(chunk.src ?? '')) keep(key);
      const later = new Set<string>();
      for (const chunk of Object.values(chunks)) {
        for (const file of [chunk.file, ...(chunk.css ?? [])]) if (!core.has(file)) later.add(file);
      }
      const publicDir = fileURLToPath(new URL('./public/', import.meta.url));
      const icons = readdirSync(join(publicDir, 'icons')).map((name) => `icons/${name}`);
      const worker = readFileSync(new URL('./scripts/service-worker.js', import.meta.url), 'utf8');
      const hash = createHash('sha256').update(worker);
      for (const file of [...core, ...later].sort()) hash.update(file);
      for (const file of ['manifest.webmanifest', ...icons]) hash.update(readFileSync(join(publicDir, file)));
      const shell = {
        version: hash.digest('hex').slice(0, 12),
        core: ['index.html', 'manifest.webmanifest', ...icons, ...core].map((file) => `/${file}`),
        later: [...later].map((file) => `/${file}`),
      };
      writeFileSync(join(options.dir!, 'sw.js'), `const SHELL = ${JSON.stringify(shell)};\n${worker}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), firstPageStrings(), precompress(), offlineShell()],
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
