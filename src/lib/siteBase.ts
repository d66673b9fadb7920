/**
 * The deploy base in the one form the whole build uses: `/` at a domain root, else a path
 * with one leading and one trailing slash (`/guide/`). `SITE_BASE` reaches us as a reader
 * types it (`guide`, `/guide`, `/guide/`), and Astro normalises it for the pages it renders:
 * anything computed from the raw value beside them (the speculation rules' CSP hash) would
 * disagree with the page. So astro.config.mjs normalises it here once and hands Astro and
 * every hash the same string.
 */
export function normalizeSiteBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (/^[a-z][a-z\d+.-]*:|^\/\/[^/]/i.test(trimmed)) {
    throw new Error(
      `SITE_BASE="${raw}" is a URL: put the origin in SITE_URL and only the path in SITE_BASE (e.g. /guide/).`,
    );
  }
  const segments = trimmed.split('/').filter(Boolean);
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || /[\s?#%\\]/.test(segment)) {
      throw new Error(
        `SITE_BASE="${raw}" is not a plain path: use letters, digits, - and _ between slashes (e.g. /guide/).`,
      );
    }
  }
  return segments.length ? `/${segments.join('/')}/` : '/';
}
