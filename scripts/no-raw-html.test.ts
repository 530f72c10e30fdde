import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints snippets as if they lived in src/, with the project's real eslint.config.js.
const eslint = new ESLint({ cwd: process.cwd() });

async function errors(code: string) {
  const [result] = await eslint.lintText(`export function f(el: HTMLElement, html: string) {\n${code}\n}\n`, { filePath: 'src/components/x.tsx' });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

// The first lint loads the whole config: seconds, more on a busy machine (seen: 6.5 s).
describe('no HTML from strings and no eval in src/', { timeout: 30_000 }, () => {
  it('refuses each way of turning a string into markup or code', async () => {
    for (const code of [
      'return <div dangerouslySetInnerHTML={{ __html: html }} />;',
      'el.innerHTML = html;',
      'el.outerHTML += html;',
      "el['innerHTML'] = html;",
      "el.insertAdjacentHTML('beforeend', html);",
      'document.write(html);',
    ]) expect(await errors(code), code).toContain('no-restricted-syntax');
    expect(await errors('return new Function(html);')).toContain('no-new-func');
    expect(await errors('return eval(html);')).toContain('no-eval');
    expect(await errors("return 'javascript:' + html;")).toContain('no-script-url');
  });

  it('lets text through', async () => {
    expect(await errors('el.textContent = html;\nreturn <div title={html}>{html}</div>;')).toEqual([]);
  });
});
