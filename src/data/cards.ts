import { loadGuide } from './guide';
import { loadShortLinks } from './sections';
import { COMPARE_CARD, SITE_CARD, cardOf, sectionCardOf, type SocialCard } from '../lib/socialCard';
import { pathOf } from '../lib/routes';

/** Every social card the site publishes: one per page, one per short link, and the site's own. */
export async function loadCards(): Promise<SocialCard[]> {
  const pages = await loadGuide();
  const byPath = new Map(pages.map((page) => [pathOf(page.id), page]));
  const shortCards = (await loadShortLinks()).map(({ short, section }) => {
    const page = byPath.get(section.path);
    return sectionCardOf({
      short,
      title: section.title,
      pageTitle: page?.data.title ?? COMPARE_CARD.title,
      track: page?.data.track,
    });
  });
  return [SITE_CARD, COMPARE_CARD, ...pages.map(cardOf), ...shortCards];
}
