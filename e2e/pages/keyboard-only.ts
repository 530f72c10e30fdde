import { expect, type Locator, type Page } from '@playwright/test';

declare global {
  interface Window { pointerPresses?: number }
}

/**
 * Drives a page with the keyboard alone: Tab (or Shift+Tab) until a target has focus, then keys.
 * Locators only say where focus should land; nothing is clicked or filled through them.
 */
export class KeyboardOnly {
  constructor(readonly page: Page) {}

  /** Counts pointer presses from the first script on, so a spec can prove it never used the mouse. */
  async countPointerPresses() {
    await this.page.addInitScript(() => {
      window.pointerPresses = 0;
      for (const type of ['pointerdown', 'mousedown', 'touchstart']) {
        window.addEventListener(type, () => { window.pointerPresses = (window.pointerPresses ?? 0) + 1; }, { capture: true });
      }
    });
  }

  pointerPresses() {
    return this.page.evaluate(() => window.pointerPresses ?? 0);
  }

  /** Tab until `target` (or an element inside it) has focus; fails after `max` presses. */
  async tabTo(target: Locator, { back = false, max = 60 } = {}) {
    for (let i = 0; i <= max; i++) {
      if (await this.hasFocus(target)) return this.expectVisibleFocus();
      if (i < max) await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${String(target)} was not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
  }

  /** Arrow keys in an open menu or list until `target` is the highlighted item. */
  async arrowTo(target: Locator, { key = 'ArrowDown', max = 20 } = {}) {
    for (let i = 0; i <= max; i++) {
      if (await this.hasFocus(target)) return;
      if (i < max) await this.page.keyboard.press(key);
    }
    throw new Error(`${String(target)} was not highlighted after ${max} presses of ${key}`);
  }

  /** Focus is on the target or inside it, or the focused widget points at it (aria-activedescendant). */
  hasFocus(target: Locator) {
    return target.evaluateAll((elements) => {
      const active = document.activeElement;
      const descendantId = active?.getAttribute('aria-activedescendant');
      const current = descendantId ? document.getElementById(descendantId) : null;
      return elements.some((e) => e === active || e.contains(active) || (current !== null && (e.contains(current) || current.contains(e))));
    });
  }

  /** After a step that changed the page: focus settles on something (not <body>) and shows. */
  async expectFocusKept() {
    await expect.poll(() => this.page.evaluate(() => document.activeElement?.tagName ?? 'none'), { message: 'focus fell back to the page' })
      .not.toMatch(/^(BODY|HTML|none)$/);
    await this.expectVisibleFocus();
  }

  /** Focus is on a real control, not lost to <body>, and the browser draws it (:focus-visible). */
  async expectVisibleFocus() {
    const focus = await this.page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el?.tagName ?? 'none', visible: el ? el.matches(':focus-visible') : false };
    });
    expect(focus.tag, 'focus fell back to the page').not.toMatch(/^(BODY|HTML|none)$/);
    expect(focus.visible, `the focused ${focus.tag} shows no focus indicator`).toBe(true);
  }

  async press(key: string) {
    await this.page.keyboard.press(key);
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }
}
