import { spawn, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The benchmarks' server: `vite preview` of `dist` (built first when missing) on `port`, once it answers.
 * Started detached, so `process.kill(-server.pid)` stops it with its children.
 */
export async function startPreview(dist, port) {
  const base = `http://127.0.0.1:${port}`;
  if (!existsSync(`${dist}/index.html`)) execSync(`npx vite build --outDir ${dist}`, { stdio: 'inherit' });
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', dist], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return server;
    } catch { /* not up yet */ }
    await sleep(200);
  }
  throw new Error(`vite preview did not start on ${base}`);
}
