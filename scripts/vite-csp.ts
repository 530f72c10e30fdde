import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app. Scripts only from our own origin: no inline script, no eval.
 * worker-src blob: is for Ace's JSON worker, which it starts from a blob that imports the worker file.
 * A <meta> cannot set frame-ancestors, report-uri or sandbox: a host that needs them sends them as headers.
 */
export const cspDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // xterm.js sizes and colours the terminal through <style> elements it writes at run time. Style attributes stay
  // blocked: React and Cloudscape set styles through the CSSOM, which a policy does not govern.
  'style-src-elem': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

export const contentSecurityPolicy = Object.entries(cspDirectives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

/** The <script> tags of an HTML page that carry code inline (no src), which the policy would block. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ''))
    .map(([tag]) => tag);
}

/** Adds the policy to the built index.html only: the dev server's React refresh needs inline scripts. */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // First in <head>: a CSP meta only governs what comes after it.
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
      ],
    },
    // zod compiles parsers with `new Function` and probes for it when schemas are built; the probe's caught
    // failure is still reported as a violation. Its config must say jitless before any schema exists, so it is
    // set where zod creates its config (z.config in the app would run after the chunk holding the schemas).
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/.test(id)) return null;
      return { code: `(globalThis.__zod_globalConfig ??= {}).jitless = true;\n${code}`, map: null };
    },
    // The built page must hold no inline script, or the policy would block it: fail the build instead.
    writeBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const found = inlineScripts(String(file.source));
        if (found.length) this.error(`${file.fileName} has inline scripts the CSP blocks: ${found.join(' ')}`);
      }
    },
  };
}
