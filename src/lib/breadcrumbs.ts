import { STANCES, isStance } from './kinds';
import { HOME_ID, navLabelOf, pathOf } from './routes';
import type { GuidePage } from './types';

export interface Crumb {
  label: string;
  /** Site-relative path (with fragment where it points into a page). */
  href: string;
}

/**
 * The trail from the guide's front page to `page`, the page itself last:
 * Guide › Technical track › Cons › Political vulnerability.
 */
export function breadcrumbsOf(page: GuidePage, pages: readonly GuidePage[]): Crumb[] {
  const home = pages.find((p) => p.id === HOME_ID);
  const trail: Crumb[] = [{ label: 'Guide', href: pathOf(home?.id ?? HOME_ID) }];
  if (page.id === HOME_ID) return trail;

  const { kind, track } = page.data;
  if (isStance(kind)) {
    const trackPage = pages.find((p) => p.data.kind === 'track' && p.data.track === track);
    if (trackPage) {
      trail.push({ label: navLabelOf(trackPage), href: pathOf(trackPage.id) });
      const stance = STANCES[kind];
      trail.push({ label: stance.plural, href: `${pathOf(trackPage.id)}#${stance.anchor}` });
    }
  }
  trail.push({ label: navLabelOf(page), href: pathOf(page.id) });
  return trail;
}
