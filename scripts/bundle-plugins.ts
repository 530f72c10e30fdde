import { dirname, posix, relative } from 'node:path';
import type { Plugin } from 'vite';

// Build-time helpers that keep the first load small (see scripts/bundle-budget.ts, which holds the budget).

const APP_LAYOUT_INTERNAL = /@cloudscape-design\/components\/app-layout\/internal\.js$/;
const CLASSIC = "import ClassicAppLayout from './classic';";
const TOOLBAR = "import ToolbarAppLayout from './visual-refresh-toolbar';";

/**
 * Cloudscape's AppLayout ships three layouts and picks one at run time. This package always uses visual
 * refresh (ALWAYS_VISUAL_REFRESH) and the app never sets the console-only toolbar flag, so the classic and
 * toolbar layouts (~40 KB gzipped with @dnd-kit) load lazily, only if ever chosen, instead of at boot.
 */
export function lazyAppLayoutVariants(): Plugin {
  return {
    name: 'lazy-app-layout-variants',
    apply: 'build',
    transform(code, id) {
      if (!APP_LAYOUT_INTERNAL.test(id)) return null;
      if (!code.includes(CLASSIC) || !code.includes(TOOLBAR)) {
        this.error(`${id} no longer imports its layouts as scripts/bundle-plugins.ts expects: update or remove lazyAppLayoutVariants.`);
      }
      return code
        .replace(CLASSIC, "const ClassicAppLayout = React.lazy(() => import('./classic'));")
        .replace(TOOLBAR, "const ToolbarAppLayout = React.lazy(() => import('./visual-refresh-toolbar'));");
    },
  };
}

type ModuleGraph = { getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null };

/**
 * A chunk name for `codeSplitting.groups`: every module index.html imports statically joins one `boot`
 * chunk. One request and one gzip stream instead of ~30 small shared chunks, which compress worse apart.
 * Other entries (workers) and everything behind a dynamic import keep Rolldown's own chunking.
 */
export function bootChunkName() {
  const passes = new WeakMap<ModuleGraph, Map<string, boolean>>(); // Rolldown gives each chunking pass its own context.
  return (id: string, graph: ModuleGraph): string | null => {
    const known = passes.get(graph) ?? new Map<string, boolean>();
    passes.set(graph, known);
    if (!known.has(id)) {
      // Walk static importers up; reaching the HTML entry means the module runs at boot.
      const seen = new Set([id]);
      const queue = [id];
      let found = false;
      while (queue.length && !found) {
        const current = queue.shift()!;
        const info = graph.getModuleInfo(current);
        if (!info || known.get(current) === false) continue;
        if (known.get(current) || (info.isEntry && current.endsWith('.html'))) found = true;
        for (const importer of info.importers) {
          if (!seen.has(importer)) {
            seen.add(importer);
            queue.push(importer);
          }
        }
      }
      // Not found: nothing in `seen` reaches the entry either (the set is closed under importers).
      if (found) known.set(id, true);
      else for (const visited of seen) known.set(visited, false);
    }
    return known.get(id) ? 'boot' : null;
  };
}

/**
 * Writes `.vite/chunk-modules.json` next to Vite's manifest, for the budget check: the modules in each chunk
 * and each module's static importers (to name the import chain that pulled a module into the first load).
 */
export function chunkModulesReport(): Plugin {
  let root = process.cwd();
  const name = (id: string) => relative(root, id.replace(/^\0/, '')).replaceAll('\\', '/');
  return {
    name: 'chunk-modules-report',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle(_, bundle) {
      const chunks: Record<string, string[]> = {};
      const importers: Record<string, string[]> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunks[chunk.fileName] = chunk.moduleIds.map(name);
        // Importers only where they can explain something: modules that load at boot (few hundred KB otherwise).
        if (!chunk.isDynamicEntry || chunk.isEntry) {
          for (const id of chunk.moduleIds) importers[name(id)] = (this.getModuleInfo(id)?.importers ?? []).map(name);
        }
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunk-modules.json', source: JSON.stringify({ chunks, importers }) });
    },
  };
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const INLINE_FONT = /url\((['"]?)data:font\/(woff2?);base64,([A-Za-z0-9+/=]+)\1\)/;

/**
 * Cloudscape's global styles inline all eight Open Sans faces as base64 (~140 KB of the ~200 KB gzipped CSS),
 * so the render-blocking stylesheet carries fonts the page may never use. This moves each face to its own
 * file, fetched only when text needs it, and shows fallback text meanwhile (font-display: swap).
 */
export function fontFilesFromCss(): Plugin {
  return {
    name: 'font-files-from-css',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
        const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        asset.source = css.replace(FONT_FACE, (face) => {
          const font = face.match(INLINE_FONT);
          if (!font) return face;
          const weight = face.match(/font-weight:\s*(\w+)/)?.[1] ?? 'normal';
          const style = face.match(/font-style:\s*(\w+)/)?.[1] ?? 'normal';
          const family = (face.match(/font-family:\s*['"]?([^;'"]+)/)?.[1] ?? 'font').trim().toLowerCase().replace(/\W+/g, '-');
          const ref = this.emitFile({ type: 'asset', name: `${family}-${weight}-${style}.${font[2]}`, source: Buffer.from(font[3]!, 'base64') });
          const url = posix.relative(dirname(asset.fileName), this.getFileName(ref));
          const moved = face.replace(font[0], `url(${url})`);
          return /font-display/.test(moved) ? moved : moved.replace(/\}$/, ';font-display:swap}');
        });
      }
    },
  };
}

