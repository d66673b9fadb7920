import { fileURLToPath } from 'node:url';

/**
 * The e2e run's second build, under a sub-path, shared by the link, CSP and Nu checker gates.
 * SITE_BASE is given without slashes, the form most likely to go wrong (issue: its CSP hash
 * once came from the raw value); `/guide` and `/guide/` normalise to the same base and are
 * covered by the unit tests of normalizeSiteBase and of astro.config.mjs.
 */
export const subpathBuild = {
  env: { SITE_URL: 'https://example.github.io', SITE_BASE: 'guide' },
  /** Where it lives once deployed: SITE_URL plus the normalised base. */
  root: 'https://example.github.io/guide/',
  base: '/guide/',
  dist: fileURLToPath(new URL('../../dist-subpath/', import.meta.url)),
} as const;
