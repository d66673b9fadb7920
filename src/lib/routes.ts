import type { GuidePage } from './types';

/** The id of the guide's front page; every other id is its own URL path. */
export const HOME_ID = 'index';

/** The site-relative path of a guide page, always with a trailing slash. */
export function pathOf(id: string): string {
  return id === HOME_ID ? '/' : `/${id}/`;
}

/**
 * Prefixes a site-relative path with the deploy base (`/`, `/guide`, `/guide/`), so the
 * site works under a sub-path. Fragments and queries pass through untouched.
 */
export function withBase(path: string, base: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${rooted}`;
}

/** The short label used in navigation: `navTitle`, else the title. */
export function navLabelOf(page: GuidePage): string {
  return page.data.navTitle ?? page.data.title;
}
