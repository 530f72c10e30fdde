import { useCallback, useRef, useState } from 'react';

/**
 * State whose latest value a handler can read at once. A code editor reports its text from outside React's
 * events, so a click that follows a paste can run before React re-renders, with the text of the render
 * before; forms read what they send (Next, Save, Create) through `current()`, never through a render's copy.
 */
export function useCurrentValue<T>(initial: T): [value: T, set: (next: T) => void, current: () => T] {
  const [value, setValue] = useState(initial);
  const latest = useRef(initial);
  const set = useCallback((next: T) => {
    latest.current = next;
    setValue(next);
  }, []);
  const current = useCallback(() => latest.current, []);
  return [value, set, current];
}
