import { describe, expect, it } from 'vitest';
import { checkBudget, importChain, initialChunks, type ChunkModules, type Manifest } from './bundle-budget-rules';

// A fake build: index.html → boot chunk → shared vendor chunk; the roles page and the catalogue are lazy.
const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', src: 'index.html', isEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/features/iam/roles-list/roles-list-page.tsx', 'src/i18n/language-en.ts'], css: ['assets/index.css'] },
  '_vendor.js': { file: 'assets/vendor.js', css: ['assets/vendor.css'] },
  'src/features/iam/roles-list/roles-list-page.tsx': { file: 'assets/roles-list-page.js', isDynamicEntry: true, imports: ['_vendor.js', '_catalog.js'] },
  '_catalog.js': { file: 'assets/catalog.js' },
  'src/i18n/language-en.ts': { file: 'assets/language-en.js', isDynamicEntry: true },
};
const modules: ChunkModules = {
  chunks: {
    'assets/index.js': ['src/main.tsx', 'src/app/shell/top-bar.tsx', 'src/features/switch-role/switch-role-form.ts'],
    'assets/vendor.js': ['node_modules/react/index.js'],
    'assets/roles-list-page.js': ['src/features/iam/roles-list/roles-list-page.tsx'],
    'assets/catalog.js': ['src/cloud/catalog/generated/services.json'],
    'assets/language-en.js': ['src/i18n/language-en.ts', 'src/i18n/locales/en/roles.json'],
  },
  importers: {
    'src/main.tsx': ['index.html'],
    'src/app/shell/top-bar.tsx': ['src/main.tsx'],
    'src/features/switch-role/switch-role-form.ts': ['src/app/shell/top-bar.tsx'],
    'node_modules/react/index.js': ['src/main.tsx', 'src/app/shell/top-bar.tsx'],
  },
};
const sizes: Record<string, number> = { 'assets/index.js': 100 * 1024, 'assets/vendor.js': 150 * 1024, 'assets/index.css': 10 * 1024, 'assets/vendor.css': 5 * 1024 };
const gzipSize = (file: string) => sizes[file] ?? 999 * 1024;

/** The fake build with one module moved from a lazy chunk into the boot chunk, imported by the top bar. */
function withAtBoot(id: string): ChunkModules {
  const chunks = { ...modules.chunks, 'assets/index.js': [...modules.chunks['assets/index.js']!, id] };
  return { chunks, importers: { ...modules.importers, [id]: ['src/app/shell/top-bar.tsx'] } };
}

describe('initialChunks', () => {
  it('follows static imports from the HTML entry, never dynamic ones', () => {
    expect(initialChunks(manifest).map((c) => c.file)).toEqual(['assets/index.js', 'assets/vendor.js']);
  });

  it('refuses a manifest without an HTML entry', () => {
    expect(() => initialChunks({ 'src/main.tsx': { file: 'a.js', isEntry: true } })).toThrow(/no HTML entry/);
  });
});

describe('checkBudget', () => {
  it('passes a build under budget whose pages and catalogue are lazy (and sums JS and CSS apart)', () => {
    const report = checkBudget(manifest, modules, gzipSize);
    expect(report.problems).toEqual([]);
    expect(report.jsGzip).toBe(250 * 1024);
    expect(report.cssGzip).toBe(15 * 1024);
  });

  it('fails when the initial JS passes the budget', () => {
    const report = checkBudget(manifest, modules, gzipSize, 240);
    expect(report.problems).toEqual([expect.stringMatching(/250\.0 KB gzipped, over the 240 KB budget/)]);
  });

  it('fails when a page module loads at boot, naming the import chain that pulled it in', () => {
    const report = checkBudget(manifest, withAtBoot('src/features/iam/roles-list/roles-list-page.tsx'), gzipSize);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toContain('src/features/iam/roles-list/roles-list-page.tsx (a console page (src/features))');
    expect(report.problems[0]).toContain('index.html → src/main.tsx → src/app/shell/top-bar.tsx → src/features/iam/roles-list/roles-list-page.tsx');
  });

  it('fails when the catalogue or a language’s strings load at boot', () => {
    expect(checkBudget(manifest, withAtBoot('src/cloud/catalog/generated/services.json'), gzipSize).problems).toEqual([
      expect.stringContaining('the generated catalogue'),
    ]);
    expect(checkBudget(manifest, withAtBoot('src/i18n/locales/ko/roles.json'), gzipSize).problems).toEqual([
      expect.stringContaining('src/i18n/locales/ko/roles.json'),
    ]);
  });

  it('says so when the build has no module list for an initial chunk', () => {
    const chunks = Object.fromEntries(Object.entries(modules.chunks).filter(([file]) => file !== 'assets/vendor.js'));
    expect(checkBudget(manifest, { ...modules, chunks }, gzipSize).problems).toEqual([expect.stringContaining('No module list for assets/vendor.js')]);
  });
});

describe('importChain', () => {
  it('returns the shortest chain from the entry, or the module alone when none is known', () => {
    expect(importChain('node_modules/react/index.js', modules.importers)).toEqual(['index.html', 'src/main.tsx', 'node_modules/react/index.js']);
    expect(importChain('src/orphan.ts', modules.importers)).toEqual(['src/orphan.ts']);
  });
});
