import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { urlRedirects } from '../../integrations/url-redirects';

// The real url-contract.json moves no page yet, so the build has no redirect to look at:
// the integration is tested here with a contract that does.
const dir = mkdtempSync(join(tmpdir(), 'url-redirects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The redirects the integration hands Astro for a contract with these moves. */
function redirectsFor(movedPages: Record<string, string>): unknown {
  const file = join(dir, `${Object.keys(movedPages).length}.json`);
  writeFileSync(file, JSON.stringify({ pages: {}, shortLinks: {}, movedPages, movedIds: {} }));
  let given: unknown;
  const hook = urlRedirects({ contract: pathToFileURL(file) }).hooks['astro:config:setup'] as (
    options: unknown,
  ) => void;
  hook({ updateConfig: (config: { redirects: unknown }) => (given = config.redirects) });
  return given;
}

describe('urlRedirects', () => {
  test('turns each moved page into a redirect to its final home, following chains', () => {
    expect(redirectsFor({ '/old/': '/newer/', '/newer/': '/newest/' })).toEqual({
      '/old/': '/newest/',
      '/newer/': '/newest/',
    });
  });
  test('adds no redirect when nothing moved', () => expect(redirectsFor({})).toEqual({}));
});
