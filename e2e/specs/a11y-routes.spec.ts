import type { Page } from '@playwright/test';
import { everyRoute, routeParts, standalonePages } from '../fixtures/route-samples';
import { expandSections, visitRoute } from '../fixtures/route-visit';
import { sampleWorld } from '../fixtures/sample-world';
import { seedWorld } from '../fixtures/seed-world';
import { KOREAN_TOO, expect, seriousViolations, test } from '../fixtures/test';

// Every console route (src/app/route-table.ts), in parts by area, in both languages: a new route is covered
// without editing this file, and a new route with parameters fails until e2e/fixtures/route-samples.ts
// names a resource for it.

/**
 * Tabs render only the active tab's content: each other tab of the page's first tab list is opened in
 * turn and axe checks its panel.
 */
async function otherTabsViolations(page: Page): Promise<string[]> {
  const main = page.locator('main');
  const tabs = main.getByRole('tablist').first().getByRole('tab', { selected: false, disabled: false });
  const labels = await tabs.allInnerTexts();
  const found: string[] = [];
  for (const label of labels) {
    const tab = main.getByRole('tablist').first().getByRole('tab', { name: label, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(main.locator('[class*="awsui_spinner-rotator"]')).toHaveCount(0);
    found.push(...(await seriousViolations(page, '[role="tabpanel"]')).map((v) => `[${label}] ${v}`));
  }
  return found;
}

for (const part of routeParts()) {
  test(`axe finds no serious or critical violation on any route or tab: ${part.name}`, KOREAN_TOO, async ({ page }) => {
    // As an administrator, so that every page shows its data rather than a denial (the denials are swept
    // by authz-routes.spec.ts), in a world that holds every resource a sample URL names.
    const { world, ids } = await sampleWorld();
    const routes = everyRoute(ids).filter((r) => part.patterns.includes(r.pattern));
    await seedWorld(page, world);
    await page.goto(routes[0]!.url);
    const failures: Record<string, string[]> = {};
    for (const route of routes) {
      await test.step(route.url, async () => {
        await visitRoute(page, route, { inApp: true });
        await expandSections(page);
        const violations = [...(await seriousViolations(page)), ...(await otherTabsViolations(page))];
        if (violations.length) failures[route.url] = violations;
      });
    }
    expect(failures).toEqual({});
  });
}

test('axe finds no serious or critical violation on the pages outside the console (sign-in)', KOREAN_TOO, async ({ page }) => {
  const failures: Record<string, string[]> = {};
  for (const url of standalonePages()) {
    await page.goto(url);
    await expect(page.locator('h1').first()).toBeVisible();
    const violations = await seriousViolations(page);
    if (violations.length) failures[url] = violations;
  }
  expect(failures).toEqual({});
});
