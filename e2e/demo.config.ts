import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// The demo kit's Playwright config (scripts/demo.mjs sets the DEMO_* variables): one lab, one browser,
// headless unless DEMO_HEADED, slowed down by DEMO_SLOW_MO ms. Same Chromium choice as playwright.config.ts.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.DEMO_PORT ?? 4180);
const outDir = process.env.DEMO_DIST ?? 'dist-demo';
const lang = process.env.DEMO_LANG === 'ko' ? 'ko' : 'en';

export default defineConfig({
  testDir: './labs',
  testMatch: 'demo.spec.ts',
  outputDir: '../test-results/demo',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 600_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: !process.env.DEMO_HEADED,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      slowMo: Number(process.env.DEMO_SLOW_MO ?? 0),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // The project's name is the language the `t` fixture reads (e2e/fixtures/test.ts).
  projects: [{ name: lang, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 }, locale: lang === 'ko' ? 'ko-KR' : 'en-US' } }],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    reuseExistingServer: false,
    timeout: 90_000,
  },
});
