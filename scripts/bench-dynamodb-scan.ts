// npm run bench:dynamodb: how soon Explore items shows the first page of a 10,000-item table, in the
// production build in Chromium. The world (the administrator scenario and the table `Big`) is saved where
// the app reads its state on load, as e2e/fixtures/seed-world.ts does. Each run, in a fresh browser context,
// starts on the Tables list (Big listed, nothing loading) and follows Explore items for Big in the app as a
// link does (history.pushState), then reloads that URL. It prints, as the median and the slowest of
// BENCH_RUNS runs (default 7):
//   first page: navigation-ready (the Explore items page rendered, its heading shown and its Scan sent) ->
//     the first item row in the DOM, ms: what the table's size could make slow. Budget: 200 ms.
//   open: the whole in-app navigation, pushState -> the first item row (the route change and the page's
//     first render included), ms;
//   reload: the deep link reloaded, navigation start -> the first item row (loading the saved world, the app
//     and the page included), ms.
// Not part of npm test. Options (environment): BENCH_DIST (default dist, built first when missing),
// BENCH_PORT (4184), BENCH_RUNS, CHROMIUM_PATH. Exits 1 when the median first page is over budget.
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with bench-large.mjs, without types
import { startPreview } from './start-preview.mjs';
import type { DynamoItem } from '../src/cloud/core/world-dynamodb';
import { addTable } from '../src/cloud/scenarios/add-table';
import { DEFAULT_ACCOUNT_ID, DEFAULT_REGION } from '../src/cloud/scenarios/build';
import { scenarios } from '../src/cloud/scenarios/scenarios';
import { serialize } from '../src/store/persistence';
import { defaultSession } from '../src/store/session';
import { STORAGE_KEY } from '../src/store/state-storage-key';

const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4184);
const runs = Number(process.env.BENCH_RUNS ?? 7);
const base = `http://127.0.0.1:${port}`;
const BUDGET_MS = 200;
const ITEMS = 10_000;
const TABLE = 'Big';
// An item's partition key is a link to Edit item: only real rows have one (not the loading or empty row).
const FIRST_ROW = 'main [data-testid="items-table"] tbody a[href*="/dynamodb/edit-item"]';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

function seededState(): string {
  const items = Array.from({ length: ITEMS }, (_, i): DynamoItem => ({
    pk: { S: `user-${String(i).padStart(5, '0')}` }, name: { S: `User ${i}` }, visits: { N: String(i % 977) }, active: { BOOL: i % 3 === 0 },
  }));
  const world = addTable(scenarios.administrator(), DEFAULT_ACCOUNT_ID, DEFAULT_REGION, {
    tableName: TABLE, partitionKey: ['pk', 'S'], createdAt: '2026-01-15T08:00:00Z', items,
  });
  return serialize({ world, session: defaultSession() });
}

type Marks = { __firstRow?: number; __ready?: number };

/** From the first script of every page: when Explore items for the table was rendered, and when its first item row appeared. */
function probe([selector, table]: readonly [string, string]) {
  const w = window as unknown as Marks;
  new MutationObserver(() => {
    if (w.__ready === undefined && document.querySelector('main h1')?.textContent === table) w.__ready = performance.now();
    if (w.__firstRow === undefined && document.querySelector(selector)) w.__firstRow = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

async function marks(page: Page): Promise<{ ready: number; firstRow: number }> {
  await page.waitForFunction(() => (window as unknown as Marks).__firstRow !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => ({ ready: (window as unknown as Marks).__ready!, firstRow: (window as unknown as Marks).__firstRow! }));
}

const state = seededState();
console.log(`seeded: ${ITEMS.toLocaleString('en')} items in ${TABLE}; stored state ${state.length.toLocaleString('en')} characters`);
const server = await startPreview(dist, port);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
let failed: boolean | undefined;
try {
  const firstPage: number[] = [];
  const open: number[] = [];
  const reload: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await context.addInitScript(([key, text]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, text);
    }, [STORAGE_KEY, state] as const);
    await context.addInitScript(probe, [FIRST_ROW, TABLE] as const);
    const page = await context.newPage();
    await page.goto(`${base}/dynamodb/tables`);
    // Navigation-ready: the Tables list shows Big and has finished loading; the saved world is written.
    await page.locator('main table tbody a[href="/dynamodb/tables/Big"]').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main [class*="awsui_spinner-rotator"]').length === 0);
    await page.waitForTimeout(500);
    const started = await page.evaluate((to) => {
      const t0 = performance.now();
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
      return t0;
    }, `/dynamodb/items?table=${TABLE}`);
    const shown = await marks(page);
    firstPage.push(shown.firstRow - shown.ready);
    open.push(shown.firstRow - started);
    if ((await page.locator(FIRST_ROW).count()) !== 50) throw new Error('Explore items did not show a first page of 50 items');
    await page.waitForTimeout(1500); // let the page settle (and save) before the reload
    await page.reload();
    reload.push((await marks(page)).firstRow);
    await context.close();
  }
  const show = (name: string, xs: number[]) =>
    console.log(`${name.padEnd(11)} median ${median(xs).toFixed(0)} ms, slowest ${Math.max(...xs).toFixed(0)} ms (${xs.length} runs)`);
  show('first page', firstPage);
  show('open', open);
  show('reload', reload);
  failed = median(firstPage) > BUDGET_MS;
  console.log(failed ? `FAIL: the first page took more than ${BUDGET_MS} ms` : `ok: the first page within ${BUDGET_MS} ms`);
} finally {
  await browser.close();
  process.kill(-server.pid!);
}
if (failed) process.exit(1);
