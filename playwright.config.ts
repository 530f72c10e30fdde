import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium when present (CI and these machines cannot download Playwright's own build);
// CHROMIUM_PATH overrides; otherwise Playwright's bundled Chromium (a developer laptop).
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const launchOptions = {
  executablePath: chromiumPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// E2E_PORT and E2E_DIST let several checkouts' test runs share one machine (e.g. dist-a on 4174).
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './e2e/specs',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // The timing reporter prints the slowest tests and fails the run on one over 60 s (e2e/reporters).
  reporter: [['list'], ['./e2e/reporters/timing-reporter.ts']],
  timeout: 60_000,
  // First visits load lazy chunks and the policy catalogue; on a busy 2-core machine that can pass 5 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace costs about a third of the run's CPU: only a retry records one (CI retries once;
    // locally add --retries=1, or --trace=retain-on-failure).
    trace: 'on-first-retry',
    // Cloudscape drops its transitions (prefers-reduced-motion): less to render, and nothing half faded in.
    reducedMotion: 'reduce',
    launchOptions,
  },
  // Every spec runs in English; Korean runs only the tests tagged @ko, those whose subject is text
  // (translations, formats, layouts that change with the language). The rest behaves the same in both.
  projects: [
    { name: 'en', use: { ...devices['Desktop Chrome'], locale: 'en-US', launchOptions } },
    { name: 'ko', grep: /@ko\b/, use: { ...devices['Desktop Chrome'], locale: 'ko-KR', launchOptions } },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
  },
});
