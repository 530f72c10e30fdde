// The text a table's search box matches, per row: every value in the row, nested ones too (an
// instance's Name tag, an event's resource names), lower-cased once per row object and then kept.
// Cloudscape's default filter lower-cases every top-level field of every row on every keystroke and
// skips nested values; with 5,000 rows that is most of a keystroke's time, and a Name tag is not found.
const texts = new WeakMap<object, string>();

function collect(value: unknown, into: string[], depth: number): void {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean') into.push(String(value));
  else if (typeof value === 'object' && value !== null && depth < 4) {
    for (const inner of Object.values(value)) collect(inner, into, depth + 1);
  }
}

export function searchTextOf(item: object): string {
  let text = texts.get(item);
  if (text === undefined) {
    const parts: string[] = [];
    collect(item, parts, 0);
    // One value per line, so a match never spans two fields.
    text = parts.join('\n').toLowerCase();
    texts.set(item, text);
  }
  return text;
}

/** A Cloudscape collection filteringFunction over that text. */
export function matchesSearch(item: object, filteringText: string): boolean {
  return filteringText === '' || searchTextOf(item).includes(filteringText.toLowerCase());
}

/**
 * Works out the rows' text while the browser is idle, a slice at a time, so that the first keystroke in
 * the search box finds it ready. Returns a cancel function.
 */
export function prepareSearch(items: readonly object[]): () => void {
  let next = 0;
  let handle = 0;
  const idle = typeof requestIdleCallback === 'function';
  const work = (deadline?: IdleDeadline) => {
    const until = performance.now() + 8;
    while (next < items.length && (deadline ? deadline.timeRemaining() > 1 : performance.now() < until)) searchTextOf(items[next++]!);
    if (next < items.length) schedule();
  };
  const schedule = () => { handle = idle ? requestIdleCallback(work) : window.setTimeout(work, 16); };
  schedule();
  return () => (idle ? cancelIdleCallback(handle) : clearTimeout(handle));
}
