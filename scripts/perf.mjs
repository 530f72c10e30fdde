// Lighthouse (desktop and mobile presets) on the production build, served by `vite preview`: prints the four
// category scores and LCP/TBT for each page. Usage: npm run perf (builds first), or node scripts/perf.mjs.
// Env: PERF_DIST (default dist), PERF_PORT (4180), PERF_PAGES (comma-separated paths), PERF_OUT (a folder for
// the JSON reports), CHROMIUM_PATH (default /usr/bin/chromium). Not part of npm test: scores vary with the machine.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';

const dist = process.env.PERF_DIST ?? 'dist';
const port = Number(process.env.PERF_PORT ?? 4180);
const pages = (process.env.PERF_PAGES ?? '/,/iam/roles,/ec2/instances').split(',');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
// Mobile is Lighthouse's default config (a mid-range phone, slow 4G, 4× CPU slowdown, simulated).
const presets = { desktop: desktopConfig, mobile: undefined };
// The network here is closed: without these, Chromium waits on refused connections (updates, sync).
const chromiumFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run npm run build first.`);

/** Starts a child process and resolves once `ready` matches its output (with the match). */
function start(command, args, ready, what) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: false });
  const found = new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(ready);
      if (match) resolve(match);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${what} exited (${code}) before it was ready:\n${output}`)));
    setTimeout(() => reject(new Error(`${what} not ready after 60 s:\n${output}`)), 60_000).unref();
  });
  return { child, found };
}

const base = `http://127.0.0.1:${port}/`;
const preview = start(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dist, '--port', String(port), '--strictPort'], /Local:/, 'vite preview');
const profile = mkdtempSync(join(tmpdir(), 'perf-chromium-'));
const browser = start(chromium, [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
  /DevTools listening on ws:\/\/[^:]+:(\d+)\//, 'Chromium');

const rows = [];
try {
  await preview.found;
  const [, debugPort] = await browser.found;
  for (const [preset, config] of Object.entries(presets)) {
    for (const path of pages) {
      const url = new URL(path, base).href;
      process.stderr.write(`lighthouse ${preset} ${path} ...\n`);
      const result = await lighthouse(url, { port: Number(debugPort), output: 'json', logLevel: 'error', onlyCategories: categories }, config);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      if (process.env.PERF_OUT) {
        mkdirSync(process.env.PERF_OUT, { recursive: true });
        writeFileSync(join(process.env.PERF_OUT, `${preset}${path.replaceAll('/', '_')}.json`), JSON.stringify(lhr));
      }
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const ms = (id) => lhr.audits[id]?.numericValue ?? NaN;
      // Below-par audits outside performance are usually cheap fixes: list them under the table.
      const findings = categories.filter((id) => id !== 'performance').flatMap((id) =>
        lhr.categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${lhr.audits[ref.id].title}`));
      const cpu = Math.round(lhr.environment.benchmarkIndex ?? NaN);
      rows.push({ page: path, preset, scores: categories.map(score), lcp: ms('largest-contentful-paint'), tbt: ms('total-blocking-time'), cpu, findings });
    }
  }
} finally {
  const exited = (child) => (child.exitCode !== null ? null : new Promise((resolve) => child.once('exit', resolve)));
  browser.child.kill();
  preview.child.kill();
  await Promise.all([exited(browser.child), exited(preview.child)]);
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
}

const header = ['page', 'preset', 'perf', 'a11y', 'best-pr', 'seo', 'LCP', 'TBT', 'cpu'];
const table = rows.map((r) => [r.page, r.preset, ...r.scores.map(String), `${(r.lcp / 1000).toFixed(2)} s`, `${Math.round(r.tbt)} ms`, String(r.cpu)]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
for (const row of table) console.log(line(row));
// Lighthouse's CPU benchmark: a typical laptop scores 1000-2000; a busy or slow machine scores lower, and its
// TBT and mobile LCP come out worse than on a learner's laptop.
console.log('\ncpu: Lighthouse benchmarkIndex of this machine during the run (typical laptop 1000-2000).');
const findings = [...new Set(rows.flatMap((r) => r.findings))];
if (findings.length) console.log(`\nBelow-par audits (accessibility, best practices, SEO):\n${findings.map((f) => `- ${f}`).join('\n')}`);
