// Prints what the first page load fetches from the production build (dist/): the entry script, the
// chunks it preloads and its stylesheets, raw and gzipped. Usage: npm run build && node scripts/bundle-size.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const html = readFileSync('dist/index.html', 'utf8');
const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const base = process.env.BASE_PATH ?? '/';
const totals = { js: { raw: 0, gz: 0 }, css: { raw: 0, gz: 0 } };
for (const asset of assets) {
  const bytes = readFileSync('dist/' + asset.slice(base.length));
  const kind = asset.endsWith('.css') ? 'css' : 'js';
  totals[kind].raw += bytes.length;
  totals[kind].gz += gzipSync(bytes, { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`initial JS:  ${kb(totals.js.raw)} raw, ${kb(totals.js.gz)} gzipped`);
console.log(`initial CSS: ${kb(totals.css.raw)} raw, ${kb(totals.css.gz)} gzipped`);
