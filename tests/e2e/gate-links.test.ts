import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../support/build';
import { brokenLinks } from '../support/link-check';
import { distDir } from '../../tools/lib/paths';

/** Where the e2e build thinks it lives: astro.config.mjs's defaults unless the run overrides them. */
const defaultRoot = new URL(process.env.SITE_BASE ?? '/', process.env.SITE_URL ?? 'https://de-or-director.example').href;

describe('links gate', () => {
  test('every internal link and #fragment in dist/ resolves; sitemap, canonical and og:url agree', async () => {
    expect(await brokenLinks(distDir, defaultRoot)).toEqual([]);
  });

  describe('under a sub-path base', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'guide-subpath-'));
    afterAll(() => rmSync(outDir, { recursive: true, force: true }));

    test('a build with SITE_BASE=/guide/ passes the same gate', { timeout: 120_000 }, async () => {
      const site = 'https://example.github.io';
      const { code, output } = await astroBuild({ env: { SITE_URL: site, SITE_BASE: '/guide/' }, args: ['--outDir', outDir] });
      expect(code, output).toBe(0);
      expect(await brokenLinks(outDir, `${site}/guide/`)).toEqual([]);
    });
  });
});
