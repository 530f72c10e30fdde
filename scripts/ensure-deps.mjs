// Installs dependencies when node_modules is missing or older than the lock file, so that
// `npm start` and `npm test` work on a fresh clone. Node built-ins only: nothing is installed yet.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const stampPath = 'node_modules/.deps-stamp';
// The lock file pins every installed version; editing a script in package.json needs no reinstall.
const inputs = [existsSync('package-lock.json') ? 'package-lock.json' : 'package.json'];
const hash = createHash('sha256');
for (const file of inputs) hash.update(readFileSync(file));
const wanted = hash.digest('hex');
const current = existsSync(stampPath) ? readFileSync(stampPath, 'utf8').trim() : '';

if (current !== wanted) {
  const command = existsSync('package-lock.json') ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
  console.error(`[ensure-deps] dependencies missing or stale: running ${command}`);
  // npm's output goes to stderr so that commands such as `npm run evaluate` keep stdout clean.
  execSync(command, { stdio: ['ignore', process.stderr, process.stderr] });
  writeFileSync(stampPath, wanted + '\n');
}
