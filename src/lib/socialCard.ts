import { SITE_NAME, SITE_TAGLINE } from '../site';
import { STANCES, TRACK_NAMES, isStance } from './kinds';
import { pathOf } from './routes';
import { COMPARE_TITLE } from './sections';
import type { GuidePage, PageKind } from './types';

/** Social cards are the size every chat and social app previews without cropping. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a link preview image says, and where it is published (site-relative `.png` path). */
export interface SocialCard {
  path: string;
  /** The big line: the page or section title. */
  title: string;
  /** The small line above it: track and stance, or the page a section is on. */
  eyebrow: string;
  /** Which track's colour to use, if any. */
  track?: 'technical' | 'management' | undefined;
  /** Alternative text for og:image:alt. */
  alt: string;
}

/** The eyebrow of a page on no track, by kind (pages on a track name it instead). */
const EYEBROWS: Record<PageKind, string> = {
  home: 'The guide',
  track: 'The guide',
  pro: 'The guide',
  con: 'The guide',
  'third-way': 'A hybrid role',
  reflection: 'Self-reflection',
};

/** The eyebrow for a guide page: "Technical track · Con", "Management track", "The dilemma"… */
function eyebrowOf(page: GuidePage): string {
  const { kind, track } = page.data;
  if (!track) return EYEBROWS[kind];
  return isStance(kind) ? `${TRACK_NAMES[track]} · ${STANCES[kind].label}` : TRACK_NAMES[track];
}

/** The image path of a card for a page path (`/` → `/og/index.png`, `/a/b/` → `/og/a/b.png`). */
export function cardPathOf(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/|\/$/g, '');
  return `/og/${trimmed || 'index'}.png`;
}

/** The card for a guide page. */
export function cardOf(page: GuidePage): SocialCard {
  const eyebrow = eyebrowOf(page);
  return {
    path: cardPathOf(pathOf(page.id)),
    title: page.data.title,
    eyebrow,
    track: page.data.track,
    alt: `${eyebrow}: ${page.data.title}`,
  };
}

/** The card for a short link to one section (`/s/<short>/`). */
export function sectionCardOf(input: {
  short: string;
  title: string;
  pageTitle: string;
  track?: 'technical' | 'management' | undefined;
}): SocialCard {
  const eyebrow = input.title === input.pageTitle ? SITE_NAME : `From “${input.pageTitle}”`;
  return {
    path: `/og/s/${input.short}.png`,
    title: input.title,
    eyebrow,
    track: input.track,
    alt: `${eyebrow}: ${input.title}`,
  };
}

/** The compare page's card. */
export const COMPARE_CARD: SocialCard = {
  path: cardPathOf('/compare/'),
  title: COMPARE_TITLE,
  eyebrow: `${TRACK_NAMES.technical} ⇄ ${TRACK_NAMES.management}`,
  alt: `${COMPARE_TITLE}: the pros and cons of the technical and management tracks`,
};

/** The card for pages without one of their own (search, not found). */
export const SITE_CARD: SocialCard = {
  path: '/og/site.png',
  title: SITE_NAME,
  eyebrow: SITE_TAGLINE,
  alt: `${SITE_NAME} ${SITE_TAGLINE}`,
};

/** A satori element: the shape of a React element without React. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: string | CardNode | Array<string | CardNode> | undefined;
  };
}

/** The palette of the light theme, so previews match the site. */
const COLOURS = {
  paper: '#fbf9f4',
  ink: '#1d1c1a',
  muted: '#595650',
  rule: '#ddd7ca',
  accent: '#2f5d50',
  technical: '#2b5c8a',
  management: '#8a4b2b',
};

/** The layout satori renders for a card: eyebrow, title, and the site's name at the foot. */
export function cardLayout(card: SocialCard, siteName: string, tagline: string): CardNode {
  const colour = card.track ? COLOURS[card.track] : COLOURS.accent;
  const div = (
    style: Record<string, string | number>,
    children: CardNode['props']['children'],
  ): CardNode => ({ type: 'div', props: { style, children } });
  const titleSize = card.title.length > 60 ? 60 : card.title.length > 30 ? 72 : 88;
  return div(
    {
      width: '100%',
      height: '100%',
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      background: COLOURS.paper,
      color: COLOURS.ink,
      borderTop: `16px solid ${colour}`,
      fontFamily: 'Inter',
    },
    [
      div({ display: 'flex', flexDirection: 'column', gap: 24 }, [
        div({ fontSize: 32, fontWeight: 700, color: colour, letterSpacing: 1 }, card.eyebrow),
        div({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1.5 }, card.title),
      ]),
      div(
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          borderTop: `2px solid ${COLOURS.rule}`,
          paddingTop: 28,
          fontSize: 28,
          color: COLOURS.muted,
        },
        [div({ fontWeight: 700, color: COLOURS.ink }, siteName), div({}, tagline)],
      ),
    ],
  );
}
