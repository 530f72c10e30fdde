// Screenshots of the main pages in English and Korean, for the README and for looking at what we build.
// Usage: npm run build && npx vite preview --port 4173 & node scripts/screenshots.mjs [outDir]
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const outDir = process.argv[2] ?? 'test-results/screenshots';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const pages = ['/', '/iam/roles', '/iam/roles/details/AWSServiceRoleForSupport', '/iam/policies', '/iam/users', '/ec2/instances', '/s3/buckets', '/no-such-page'];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const lang of ['en', 'ko']) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: lang === 'ko' ? 'ko-KR' : 'en-US' });
  for (const path of pages) {
    await page.goto(`${base}${path}?lang=${lang}`);
    await page.waitForTimeout(600);
    const name = path === '/' ? 'home' : path.slice(1).replaceAll('/', '-');
    await page.screenshot({ path: `${outDir}/${lang}-${name}.png` });
  }
  await page.close();
}
await browser.close();
console.log(`screenshots written to ${outDir}`);
