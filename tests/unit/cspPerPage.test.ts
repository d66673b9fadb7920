import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspForPage } from '../../src/lib/cspPerPage';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => html.match(/content="([^"]*)"/)![1];

describe('cspForPage', () => {
  const own = 'console.log(1)';
  const other = 'console.log(2)';
  const css = 'p{color:red}';
  const siteWide = `script-src 'self' 'wasm-unsafe-eval' ${hashOf(own)} ${hashOf(other)}; style-src 'self' ${hashOf(css)} ${hashOf('a{}')};`;

  test('keeps the hashes of the inline scripts and styles on the page and drops the rest', () => {
    const html = page(siteWide, `<script>${own}</script><style>${css}</style>`);
    expect(policyOf(cspForPage(html))).toBe(
      `script-src 'self' 'wasm-unsafe-eval' ${hashOf(own)}; style-src 'self' ${hashOf(css)};`,
    );
  });

  test('counts a script of any type, a script inside a template, but not an external script', () => {
    const html = page(
      siteWide,
      `<script type="speculationrules">${own}</script><template><script>${other}</script></template><script src="/a.js"></script>`,
    );
    expect(policyOf(cspForPage(html))).toContain(hashOf(own));
    expect(policyOf(cspForPage(html))).toContain(hashOf(other));
  });

  test('never adds a hash: inline code the site-wide policy did not allow stays blocked', () => {
    const html = page(`script-src 'self'`, `<script>${own}</script>`);
    expect(policyOf(cspForPage(html))).toBe(`script-src 'self'`);
  });

  test('leaves other directives, and a page without a policy, as they are', () => {
    const html = page(`default-src 'self'; img-src 'self' data:`, '');
    expect(cspForPage(html)).toBe(html);
    expect(cspForPage('<p>no policy</p>')).toBe('<p>no policy</p>');
  });

  test('changes nothing but the policy', () => {
    const html = page(siteWide, `<script>${own}</script><style>${css}</style>`);
    const narrowed = cspForPage(html);
    expect(narrowed.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });
});
