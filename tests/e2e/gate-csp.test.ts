import { createHash } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { builtPages, landingPaths, onePageOfEachKind, parseHtml } from '../../tools/lib/built-site';
import { EVERY_PAGE_KIND } from '../support/page-kinds';
import { settled } from '../support/settled';
import { watchForErrors } from '../support/console-watch';
import { distDir } from '../../tools/lib/paths';
import { subpathBuild } from '../support/subpath-build';
import { normalizeSiteBase } from '../../src/lib/siteBase';

const site = useBrowser();
const root = new URL(
  normalizeSiteBase(process.env.SITE_BASE),
  process.env.SITE_URL ?? 'https://de-or-director.example',
).href;
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** Script types that are data, not code, and so outside script-src. */
const dataBlock = /^application\/(ld\+)?json$/;

/** The directives of a policy string: `script-src` → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );
}

/**
 * What is wrong with the policies of a build's pages, as "page: reason" lines: each page needs
 * a strict policy before anything it governs, covering every inline script and style by hash.
 */
async function policyProblems(dist: string): Promise<string[]> {
  const problems: string[] = [];
  for (const page of builtPages(dist)) {
    const report = (reason: string) => problems.push(`${page.path}: ${reason}`);
    const dom = await parseHtml(page.html);
    const meta = dom.querySelector('meta[http-equiv="content-security-policy"]');
    const policy = meta?.getAttribute('content')?.value;
    if (!meta || typeof policy !== 'string') {
      report('has no Content-Security-Policy meta tag');
      continue;
    }
    const head = dom.querySelector('head');
    const firstExecutable = head?.childElements.findIndex(
      (el) => el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'link',
    );
    if (
      firstExecutable !== undefined &&
      firstExecutable !== -1 &&
      head!.childElements.indexOf(meta) > firstExecutable
    )
      report('the CSP meta tag comes after a script, style or link it should govern');
    const rules = directives(policy);
    const scriptSrc = rules.get('script-src') ?? rules.get('default-src') ?? [];
    const styleSrc = rules.get('style-src') ?? rules.get('default-src') ?? [];
    if (!rules.has('script-src')) report('the policy has no script-src');
    for (const [name, sources] of rules) {
      for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
        if (
          sources.includes(loose) &&
          (name.startsWith('script') || name.startsWith('style') || name === 'default-src')
        )
          report(`${name} allows ${loose}`);
      }
    }
    for (const script of dom.querySelectorAll('script')) {
      if (script.hasAttribute('src')) continue;
      const type = String(script.getAttribute('type')?.value ?? '');
      if (dataBlock.test(type)) continue;
      const hash = hashOf(script.textContent);
      if (!scriptSrc.includes(hash))
        report(
          `an inline <script${type ? ` type="${type}"` : ''}> (${hash}) is not allowed by script-src: “${script.textContent.slice(0, 60)}…”`,
        );
    }
    for (const style of dom.querySelectorAll('style')) {
      const hash = hashOf(style.textContent);
      if (!styleSrc.includes(hash)) report(`an inline <style> (${hash}) is not allowed by style-src`);
    }
    for (const element of dom.querySelectorAll('*')) {
      const attributes = element.attributes.map((attribute) => attribute.key);
      if (attributes.includes('style')) report(`<${element.tagName}> has a style="" attribute (use a class)`);
      for (const handler of attributes.filter((key) => /^on[a-z]+$/.test(key)))
        report(`<${element.tagName}> has an inline ${handler}="" handler`);
    }
  }
  return problems;
}

describe('Content-Security-Policy gate', () => {
  test('every page carries a strict policy that covers each of its inline scripts and styles by hash', async () => {
    expect(await policyProblems(distDir)).toEqual([]);
  });

  // The speculation rules' hash is computed in astro.config.mjs from SITE_BASE, the rules on the
  // page from Astro's base: a base written without slashes once made the two differ.
  test(`so does every page of the build with SITE_BASE=${subpathBuild.env.SITE_BASE} (no slashes)`, async () => {
    expect(await policyProblems(subpathBuild.dist)).toEqual([]);
  });

  test(
    'every page loads with zero console errors, exceptions or CSP violations, in both themes',
    { timeout: 120_000 },
    async () => {
      const errors: string[][] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({ colorScheme });
        errors.push(await watchForErrors(context));
        const page = await context.newPage();
        for (const path of landingPaths(distDir, root)) {
          await page.goto(site.urlOf(path), { waitUntil: 'load' });
          await settled(page);
        }
        await context.close();
      }
      expect(errors.flat()).toEqual([]);
    },
  );

  test(
    `one page of each kind loads under ${subpathBuild.base} with no CSP violation or console error`,
    { timeout: 120_000 },
    async () => {
      const context = await site.browser.newContext();
      const errors = await watchForErrors(context);
      const page = await context.newPage();
      const subpathUrl = inject('subpathSiteUrl');
      const kinds = await onePageOfEachKind(builtPages(distDir), landingPaths(distDir, root));
      expect([...kinds.keys()].sort()).toEqual(EVERY_PAGE_KIND);
      for (const path of [...kinds.values(), '/search/?q=politics']) {
        await page.goto(new URL(path.slice(1), subpathUrl).href, { waitUntil: 'load' });
        await settled(page);
      }
      await context.close();
      expect(errors).toEqual([]);
    },
  );
});
