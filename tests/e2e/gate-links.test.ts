import { describe, expect, test } from 'vitest';
import { brokenLinks } from '../support/link-check';
import { distDir } from '../../tools/lib/paths';
import { subpathBuild } from '../support/subpath-build';
import { normalizeSiteBase } from '../../src/lib/siteBase';

/** Where the e2e build thinks it lives: astro.config.mjs's defaults unless the run overrides them. */
const defaultRoot = new URL(
  normalizeSiteBase(process.env.SITE_BASE),
  process.env.SITE_URL ?? 'https://de-or-director.example',
).href;

describe('links gate', () => {
  test('every internal link and #fragment in dist/ resolves; sitemap, canonical and og:url agree', async () => {
    expect(await brokenLinks(distDir, defaultRoot)).toEqual([]);
  });

  const { env, base } = subpathBuild;
  test(`the build with SITE_BASE=${env.SITE_BASE} (no slashes) passes the same gate under ${base}`, async () => {
    expect(await brokenLinks(subpathBuild.dist, subpathBuild.root)).toEqual([]);
  });
});
