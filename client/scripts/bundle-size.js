// Prints the gzipped size of every chunk of the production build and fails when the JavaScript the
// first page loads (the entry and everything it imports statically) is over the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const ENTRY_BUDGET_BYTES = 200 * 1024;

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

export function measure(distDir = dist) {
  const manifest = JSON.parse(readFileSync(`${distDir}.vite/manifest.json`, 'utf8'));
  const gz = (file) => gzipSync(readFileSync(distDir + file), { level: 9 }).length;
  const chunks = Object.values(manifest).map((chunk) => ({
    file: chunk.file,
    name: chunk.name ?? chunk.src ?? chunk.file,
    isEntry: Boolean(chunk.isEntry),
    gzip: gz(chunk.file),
    css: (chunk.css ?? []).map((file) => ({ file, gzip: gz(file) })),
  }));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const firstPage = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || firstPage.has(chunk.file)) return;
    firstPage.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  const entryGzip = chunks.filter((c) => firstPage.has(c.file)).reduce((sum, c) => sum + c.gzip, 0);
  return { chunks, firstPage: [...firstPage], entryGzip };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chunks, firstPage, entryGzip } = measure();
  console.log('\nchunk sizes, gzipped (* = loaded by the first page)');
  for (const c of [...chunks].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${firstPage.includes(c.file) ? '*' : ' '} ${kb(c.gzip).padStart(9)}  ${c.file}`);
    for (const css of c.css) console.log(`  ${kb(css.gzip).padStart(9)}  ${css.file}`);
  }
  console.log(`\nfirst page JavaScript: ${kb(entryGzip)} gzipped (budget ${kb(ENTRY_BUDGET_BYTES)})`);
  if (entryGzip > ENTRY_BUDGET_BYTES) {
    console.error('The first page loads more JavaScript than the budget allows: split a route or drop a dependency.');
    process.exit(1);
  }
}
