import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bootChunkName, fontFilesFromCss, lazyAppLayoutVariants } from './bundle-plugins';

// index.html → main → shell → util; a page (dynamically imported) → util and page-only; a worker entry → worker-util.
const graph: Record<string, { isEntry: boolean; importers: string[] }> = {
  '/app/index.html': { isEntry: true, importers: [] },
  '/app/src/main.tsx': { isEntry: false, importers: ['/app/index.html'] },
  '/app/src/shell.tsx': { isEntry: false, importers: ['/app/src/main.tsx', '/app/src/util.ts'] },
  '/app/src/util.ts': { isEntry: false, importers: ['/app/src/shell.tsx', '/app/src/page.tsx'] },
  '/app/src/page.tsx': { isEntry: false, importers: [] },
  '/app/src/page-only.ts': { isEntry: false, importers: ['/app/src/page.tsx'] },
  '/app/src/worker.ts': { isEntry: true, importers: [] },
  '/app/src/worker-util.ts': { isEntry: false, importers: ['/app/src/worker.ts'] },
};
const context = { getModuleInfo: (id: string) => graph[id] ?? null };

describe('bootChunkName', () => {
  it('puts what the HTML entry imports statically (through cycles) in the boot chunk, and nothing else', () => {
    const name = bootChunkName();
    const named = Object.keys(graph).map((id) => [id.replace('/app/', ''), name(id, context)]);
    expect(Object.fromEntries(named)).toEqual({
      'index.html': 'boot',
      'src/main.tsx': 'boot',
      'src/shell.tsx': 'boot',
      'src/util.ts': 'boot',
      'src/page.tsx': null,
      'src/page-only.ts': null,
      'src/worker.ts': null,
      'src/worker-util.ts': null,
    });
  });
});

describe('lazyAppLayoutVariants', () => {
  type Transform = (this: { error: (message: string) => never }, code: string, id: string) => string | null;
  const transform = lazyAppLayoutVariants().transform as Transform;
  const context = { error: (message: string): never => { throw new Error(message); } };
  const internal = `${process.cwd()}/node_modules/@cloudscape-design/components/app-layout/internal.js`;

  it('makes the classic and toolbar layouts lazy in the installed Cloudscape', () => {
    const code = transform.call(context, readFileSync(internal, 'utf8'), internal)!;
    expect(code).toContain("React.lazy(() => import('./classic'))");
    expect(code).toContain("React.lazy(() => import('./visual-refresh-toolbar'))");
    expect(code).toContain("import RefreshedAppLayout from './visual-refresh';");
  });

  it('fails the build when Cloudscape changes that file, and leaves other files alone', () => {
    expect(() => transform.call(context, 'export {}', internal)).toThrow(/no longer imports its layouts/);
    expect(transform.call(context, 'export {}', '/x/app-layout/index.js')).toBeNull();
  });
});

describe('fontFilesFromCss', () => {
  type Asset = { type: 'asset'; fileName: string; source: string | Uint8Array };
  type GenerateBundle = (this: unknown, options: unknown, bundle: Record<string, Asset>) => void;
  const generateBundle = fontFilesFromCss().generateBundle as unknown as GenerateBundle;

  it('moves inline font faces to their own files, with font-display: swap, and leaves other CSS alone', () => {
    const font = Buffer.from('wOF2 font bytes').toString('base64');
    const css = `a{color:red}@font-face{font-family:Open Sans;font-weight:700;font-style:italic;src:url(data:font/woff2;base64,${font})format("woff2")}` +
      "@font-face{font-family:'Local';src:url(local.woff2)}";
    const bundle: Record<string, Asset> = { 'assets/index.css': { type: 'asset', fileName: 'assets/index.css', source: css } };
    const emitted: { name: string; source: Buffer }[] = [];
    const context = {
      emitFile: (file: { name: string; source: Buffer }) => String(emitted.push(file) - 1),
      getFileName: (ref: string) => `assets/${emitted[Number(ref)]!.name.replace('.', '-HASH.')}`,
    };
    generateBundle.call(context, {}, bundle);
    expect(emitted.map((f) => [f.name, f.source.toString()])).toEqual([['open-sans-700-italic.woff2', 'wOF2 font bytes']]);
    expect(bundle['assets/index.css']!.source).toBe(
      'a{color:red}@font-face{font-family:Open Sans;font-weight:700;font-style:italic;src:url(open-sans-700-italic-HASH.woff2)format("woff2");font-display:swap}' +
        "@font-face{font-family:'Local';src:url(local.woff2)}",
    );
  });
});
