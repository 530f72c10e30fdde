import { useEffect, useState } from 'react';

type Ace = typeof import('ace-builds');

/** Loads the Ace editor (for Cloudscape's CodeEditor) only on pages that edit JSON. */
export function useAce(): Ace | undefined {
  const [ace, setAce] = useState<Ace>();
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const loaded = await import('ace-builds');
      const [, , , worker] = await Promise.all([
        import('ace-builds/src-noconflict/mode-json'),
        import('ace-builds/src-noconflict/theme-dawn'),
        import('ace-builds/src-noconflict/theme-tomorrow_night_bright'),
        import('ace-builds/src-noconflict/worker-json?url'),
      ]);
      loaded.config.set('useStrictCSP', true);
      loaded.config.setModuleUrl('ace/mode/json_worker', (worker as { default: string }).default);
      if (!cancelled) setAce(loaded);
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return ace;
}
