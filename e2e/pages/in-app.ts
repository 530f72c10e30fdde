import type { Page } from '@playwright/test';

/**
 * Opens a console URL inside the running app, as following one of its links does (the router hears a
 * popstate), instead of loading the page again: the app keeps its state (a terminal's session, say) and the
 * step costs no start-up. Loads the page when the app is not open yet.
 */
export async function openInApp(page: Page, url: string) {
  if (!page.url().startsWith('http')) {
    await page.goto(url);
    return;
  }
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);
}
