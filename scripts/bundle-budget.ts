// Prints what the first page load fetches from the production build and fails (exit 1) when it breaks the
// budget of scripts/bundle-budget-rules.ts. Usage: npm run size, or `tsx scripts/bundle-budget.ts [outDir]`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkBudget, INITIAL_JS_BUDGET_KB, type ChunkModules, type Manifest } from './bundle-budget-rules';

const dir = process.argv[2] ?? 'dist';
const manifestPath = join(dir, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: run npm run build first (vite.config.ts sets build.manifest).`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
const modules = JSON.parse(readFileSync(join(dir, '.vite/chunk-modules.json'), 'utf8')) as ChunkModules;
const gzipSize = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;

const report = checkBudget(manifest, modules, gzipSize);
for (const { file, gzip } of [...report.js, ...report.css]) console.log(`${kb(gzip)}  ${file}`);
console.log(`initial JS:  ${kb(report.jsGzip)} gzipped (budget ${INITIAL_JS_BUDGET_KB} KB)`);
console.log(`initial CSS: ${kb(report.cssGzip)} gzipped`);
// The shown language's strings load (lazily, one language) before the first render: printed, not budgeted.
for (const chunk of Object.values(manifest).filter((c) => /^src\/i18n\/language-/.test(c.src ?? ''))) {
  console.log(`  + ${chunk.src} before the first render: ${kb(gzipSize(chunk.file)).trim()} gzipped`);
}
if (report.problems.length) {
  console.error(`\nFirst-load budget broken:\n${report.problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
