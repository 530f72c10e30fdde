/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './scripts/vite-csp';
import { bootChunkName, chunkModulesReport, fontFilesFromCss, lazyAppLayoutVariants } from './scripts/bundle-plugins';

// BASE_PATH lets the build run from a sub-path on a static host (e.g. /iam-console-lab/).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), contentSecurityPolicyPlugin(), lazyAppLayoutVariants(), fontFilesFromCss(), chunkModulesReport()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    chunkSizeWarningLimit: 1500,
    // .vite/manifest.json (the static import graph) for the size budget: npm run size, scripts/bundle-budget.ts.
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: bootChunkName() }] } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Vitest's default leaves one core free: on a 2-core machine that is one worker (57 s instead of 36 s).
    maxWorkers: availableParallelism(),
    // Test files share their worker's modules instead of importing everything afresh: 96 s -> 28 s on 2 cores.
    // A test that leaves module state behind (a clock, a cache) resets it in beforeEach.
    isolate: false,
    // Fails fast when the generated catalogue is missing; then preloads the AWS managed policies tests use.
    globalSetup: ['scripts/catalog/vitest-global-setup.ts'],
    setupFiles: ['src/cloud/catalog/vitest-setup.ts'],
  },
});
