import { useEffect, useRef } from 'react';

const WAIT_MS = 5000; // a lazy page's chunk can take seconds on a busy school laptop

function lostFocus(): boolean {
  return !document.activeElement || document.activeElement === document.body;
}

/** Focuses the new page's h1 if focus is still lost; true once there is nothing left to do. */
function focusHeading(): boolean {
  if (!lostFocus()) return true;
  const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * After an in-app navigation that removed the focused control (Create role, Switch Role, a Delete
 * that returns to the list), focus falls to <body> and a keyboard user starts again from the top of
 * the page. Move it to the new page's h1 instead, as a screen reader expects. Focus that is still on
 * a control (a side-navigation link, a field the page focused itself) is left where it is.
 */
export function useFocusAfterNavigation(pathname: string) {
  // A fresh page load starts at the top, as any website does: only a change of path moves focus.
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (focusHeading()) return;
    const observer = new MutationObserver(() => { if (focusHeading()) stop(); });
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [pathname]);
}
