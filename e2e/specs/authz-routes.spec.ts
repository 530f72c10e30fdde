import type { World } from '../../src/cloud/core/world';
import { scenarios } from '../../src/cloud/scenarios/scenarios';
import { everyRoute, routeParts, seededSampleIds } from '../fixtures/route-samples';
import { expandSections, visitRoute } from '../fixtures/route-visit';
import { webServerId } from '../fixtures/sample-world';
import { expect, test } from '../fixtures/test';

// For every console route (src/app/route-table.ts), in parts by area, an identity with no permissions sees
// AWS's denial and none of the world's data; a new route is swept without editing this file. English only:
// AWS error texts are English in both languages (facts file).

const student = 'student';
const denial = /not authorized to perform/;

/** What the student may not see: the names and ids of every resource in the world but the student itself. */
function secretsOf(world: World): string[] {
  const names = Object.values(world.accounts).flatMap((a) => [
    ...Object.keys(a.iam.roles),
    ...Object.keys(a.iam.users).filter((u) => u !== student),
    ...Object.values(a.iam.policies).map((p) => p.policyName),
    ...Object.keys(a.iam.instanceProfiles),
    ...Object.values(a.regions).flatMap((r) => [
      ...Object.values(r.ec2.instances).flatMap((i) => [i.name, i.instanceId, i.privateIp]),
      ...Object.keys(r.ec2.keyPairs ?? {}),
      ...Object.keys(r.logs?.logGroups ?? {}),
      ...Object.keys(r.lambda?.functions ?? {}),
    ]),
    ...Object.values(a.s3.buckets).flatMap((b) => [b.name, ...Object.keys(b.objects)]),
  ]);
  return [...new Set(names)].filter((n) => n.length > 2);
}

for (const part of routeParts()) test(`with no permissions, every route shows the AWS denial and no data: ${part.name}`, async ({ page }) => {
  // The instance's id, looked up as an administrator; the no-permissions world holds the same resources.
  const instanceId = await webServerId();
  await page.goto('/?scenario=no-permissions');
  const secrets = secretsOf(scenarios['no-permissions']());
  expect(secrets).toEqual(expect.arrayContaining(['web-server', 'bucket1', 'AWSServiceRoleForSupport', instanceId]));

  for (const route of everyRoute(seededSampleIds(instanceId)).filter((r) => part.patterns.includes(r.pattern))) {
    await test.step(`${route.kind} ${route.url}`, async () => {
      await visitRoute(page, route);
      await expandSections(page);
      const main = page.locator('main');
      // Waited for, not counted at once: a page can show its heading a moment before its table starts loading.
      if (route.kind === 'list' || route.kind === 'details') {
        await expect.soft(main.getByTestId('aws-error-message').first(), `${route.url} shows a denial (a form? give it kind 'form' in e2e/fixtures/route-samples.ts)`).toBeVisible();
      }
      const errors = await main.getByTestId('aws-error-message').allInnerTexts();
      // Each error shown is the denial (never NoSuchEntity or a not-found: AWS authorizes first).
      for (const error of errors) expect.soft(error, route.url).toMatch(denial);
      if (route.kind === 'form' || route.kind === 'static') await expect.soft(main.locator('h1').first(), route.url).toBeVisible();
      // No data: no table rows but the one holding the denial, and no resource's name but those in the URL.
      await expect.soft(main.locator('table tbody tr:not(:has([data-testid="aws-error"]))'), route.url).toHaveCount(0);
      const url = decodeURIComponent(route.url);
      const text = await main.innerText();
      // Whole words only: a user named admin is not leaked by the word "administrator".
      const leaked = secrets.filter((s) => !url.includes(s) && new RegExp(`(^|[^\\w-])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w-])`).test(text));
      expect.soft(leaked, `${route.url} shows no resource names`).toEqual([]);
    });
  }
});
