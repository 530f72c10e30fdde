// npm run demo -- <lab-id> [--headed] [--slow] [--lang ko]: plays a built-in lab through the UI with
// Playwright and saves a screenshot after each step ticks, into demo-output/<lab-id>/NN-<step-id>.png.
// Builds into dist-demo (never touching dist) when that build is missing or older than the sources.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const labIds = readdirSync(join(root, 'src/cloud/labs/builtin')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const labId = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');

if (!labId || !labIds.includes(labId) || flag('--help')) {
  if (labId && !flag('--help')) console.error(`demo: no built-in lab "${labId}"`);
  console.error(`Usage: npm run demo -- <lab-id> [--headed] [--slow] [--lang en|ko]\nLabs: ${labIds.join(', ')}`);
  process.exit(flag('--help') ? 0 : 2);
}

const node = (script, ...rest) => execFileSync(process.execPath, [join(root, script), ...rest], { cwd: root, stdio: 'inherit' });
node('scripts/ensure-deps.mjs');
// Same steps as `npm run build`: the policy catalogue (skipped when up to date), then Vite.
execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/catalog/generate.ts'], { cwd: root, stdio: 'inherit' });

const dist = process.env.DEMO_DIST ?? 'dist-demo';
/** Newest modification time under a path (files only), 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}
const built = newest(join(root, dist, 'index.html'));
const sources = Math.max(...['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'package.json'].map((p) => newest(join(root, p))));
if (built < sources) {
  console.log(`demo: building the app into ${dist}/ (missing or older than the sources)`);
  node('node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--logLevel', 'warn');
} else {
  console.log(`demo: ${dist}/ is up to date`);
}

let headed = flag('--headed');
if (headed && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.warn('demo: --headed needs a display (no DISPLAY or WAYLAND_DISPLAY here); running headless instead');
  headed = false;
}
const lang = option('--lang') === 'ko' ? 'ko' : 'en';
const outDir = join(root, 'demo-output', lang === 'en' ? labId : `${labId}-ko`);
const env = {
  ...process.env, DEMO_LAB: labId, DEMO_OUT: outDir, DEMO_DIST: dist, DEMO_LANG: lang,
  ...(headed && { DEMO_HEADED: '1' }), ...(flag('--slow') && { DEMO_SLOW_MO: process.env.DEMO_SLOW_MO ?? '500' }),
};
console.log(`demo: playing ${labId} (${lang}, ${headed ? 'headed' : 'headless'}${flag('--slow') ? ', slow' : ''}) on port ${env.DEMO_PORT ?? 4180}`);
const run = spawnSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--config', 'e2e/demo.config.ts'], { cwd: root, env, stdio: 'inherit' });
if (run.status === 0) console.log(`demo: screenshots in ${outDir}/`);
else console.error(`demo: the lab did not complete; partial screenshots in ${outDir}/, the trace under test-results/demo/`);
process.exit(run.status ?? 1);
