import type { Page } from '@playwright/test';

/**
 * Replaces the text of the page's (only) code editor as a learner would: select all, delete, paste.
 * Nothing waits or retypes: whatever follows at once (Next, Save, Test) must read this text.
 */
export async function pasteIntoCodeEditor(page: Page, text: string) {
  await page.locator('.ace_text-input').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
