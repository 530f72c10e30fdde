import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspDirectives, inlineScripts } from './vite-csp';

describe('the built app\'s Content-Security-Policy', () => {
  it('allows scripts from the app\'s own origin only: no inline script, no eval', () => {
    expect(cspDirectives['script-src']).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|unsafe-hashes|\*/);
    expect(contentSecurityPolicy).toContain("object-src 'none'");
    // frame-ancestors is ignored in a <meta>: listing it would only mislead.
    expect(contentSecurityPolicy).not.toContain('frame-ancestors');
  });

  it('finds inline scripts and lets scripts with a src through', () => {
    const html = `<head><script type="module" crossorigin src="/assets/index.js"></script>
      <script>window.x = 1</script><SCRIPT type="module">import './a.js'</SCRIPT><script src=/b.js></script></head>`;
    expect(inlineScripts(html)).toEqual(['<script>window.x = 1</script>', "<SCRIPT type=\"module\">import './a.js'</SCRIPT>"]);
    expect(inlineScripts('<script type="module" src="/assets/index.js"></script>')).toEqual([]);
  });
});
