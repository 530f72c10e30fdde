import { useEffect, useState } from 'react';

type Ace = typeof import('ace-builds');

/**
 * Loads the Ace editor (for Cloudscape's CodeEditor) only on pages that edit JSON. In strict CSP mode
 * Ace injects no styles of its own, so its stylesheet and the two themes' are loaded here.
 */
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
        import('ace-builds/css/ace.css'),
        import('ace-builds/css/theme/dawn.css'),
        import('ace-builds/css/theme/tomorrow_night_bright.css'),
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
