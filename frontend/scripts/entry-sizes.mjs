// Prints, per Connect module page in dist/, the JavaScript a browser loads before the page can render: the entry
// script and every chunk Vite preloads for it (its static imports), raw and gzip. Lazily imported chunks are
// left out: they load after first render. Usage: npm run build && node scripts/entry-sizes.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const page of readdirSync(dist).filter((f) => f.endsWith('.html')).sort()) {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = new Set(
    [...html.matchAll(/(?:src|href)="\/app\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]),
  );
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  rows.push({ page, chunks: files.size, raw, gzip });
}
for (const r of rows) {
  console.log(`${r.page.padEnd(20)} ${String(r.chunks).padStart(3)} chunks  ${kb(r.raw).padStart(10)} raw  ${kb(r.gzip).padStart(9)} gzip`);
}
