// npm run bench:signin: what signing in costs. Prints
//   hash: one scrypt password hash with the app's own module, in Node (every sign-in and password change pays one), ms;
//   sign-in: in the production build in Chromium, click on "Sign in" -> the console page showing the signed-in
//     user in the top bar (loading the hashing code, one hash, the session, the page), ms;
// each as the median and the slowest of BENCH_RUNS runs (default 10). Not part of npm test.
// Options (environment): BENCH_DIST (default dist, built first when missing), BENCH_PORT (4182), BENCH_RUNS, CHROMIUM_PATH.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with bench-large.mjs, without types
import { startPreview } from './start-preview.mjs';
import { hashPassword, loadPasswordHashing } from '../src/cloud/core/password-hash';

const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4182);
const runs = Number(process.env.BENCH_RUNS ?? 10);
const base = `http://127.0.0.1:${port}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const server = await startPreview(dist, port);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const signIn: number[] = [];
  const hash: number[] = [];
  await loadPasswordHashing();
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    hashPassword('Bench#password1');
    hash.push(performance.now() - t0);
  }
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.goto(`${base}/signin?account=acme-training&lang=en`);
    await page.getByLabel('IAM username', { exact: true }).fill('student');
    await page.getByLabel('Password', { exact: true }).fill('Student#2026');
    // The hashing code loads on the first sign-in of a page; each run is a first sign-in, as a learner's would be.
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'student @ 1234-5678-9012' }).waitFor();
    signIn.push((await page.evaluate(() => performance.now())) - started);
    await page.close();
  }
  const show = (name: string, xs: number[]) => console.log(`${name.padEnd(8)} median ${median(xs).toFixed(0)} ms, slowest ${Math.max(...xs).toFixed(0)} ms (${xs.length} runs)`);
  show('hash', hash);
  show('sign-in', signIn);
} finally {
  await browser.close();
  process.kill(-server.pid!);
}
