import { breadcrumbsOf, type Crumb } from './breadcrumbs';
import { counterpartsOf } from './counterparts';
import { itemsOfTrack } from './guideMap';
import { isStance } from './kinds';
import { pageOfKind, trackPageOf } from './pagesByKind';
import { neighboursOf } from './readingOrder';
import { pathOf, withBase } from './routes';
import { searchFacetsOf, type SearchFacets } from './searchFacets';
import { pageAnchorOf, templateHeadingsOf, type Section, type TemplateHeadingId } from './sections';
import { cardOf, type SocialCard } from './socialCard';
import { tableOfContents, type Heading } from './toc';
import type { GuidePage, PageKind, Track } from './types';

/** Everything a guide page's route is built from; all of it is known at build time. */
export interface RouteInput<T extends GuidePage> {
  page: T;
  pages: readonly T[];
  /** Headings the page's MDX renders (`render(entry).headings`). */
  headings: readonly Heading[];
  /** Every question id, in the article's order. */
  questionIds: readonly string[];
  /** This page's linkable sections and the site's short ids (`loadSections()`). */
  linkable: readonly Section[];
  shortIds: ReadonlyMap<string, string>;
  /** Whether the page's MDX embeds a worksheet (the `worksheet` Markdown flag). */
  embedsWorksheet: boolean;
  /** The deploy base (`import.meta.env.BASE_URL`). */
  base: string;
}

/** Links every view may need, already under the deploy base; found by kind, not file name. */
export interface RouteLinks {
  compare: string;
  reflection: string;
  thirdWay: string;
  tracks: Record<Track, string>;
}

/** What one guide page shows, computed in one place (as Starlight's `generateRouteData`). */
export interface RouteData<T extends GuidePage> {
  page: T;
  kind: PageKind;
  title: string;
  description: string;
  /** The id of the page's own h1. */
  anchor: string;
  crumbs: Crumb[];
  prev: T | undefined;
  next: T | undefined;
  /** The contents list (empty: none shown). */
  contents: Heading[];
  /** The headings the view adds after the article text, by id; absent ones are not shown. */
  added: Partial<Record<TemplateHeadingId, Heading>>;
  /** Sections a reader can link to, for the share list, and their short ids. */
  linkable: readonly Section[];
  shortIds: ReadonlyMap<string, string>;
  /** A track page's pros and cons. */
  items: { pros: T[]; cons: T[] } | undefined;
  counterparts: T[];
  /** Question ids listed under "Ask yourself" (none on the reflection page: its text embeds them). */
  questions: string[];
  /** Whether the worksheet's styles go in <head>. */
  showsWorksheet: boolean;
  /** Whether the page shows the track badge over its title. */
  badge: boolean;
  /** A pro or con: its text is a quotation from the article. */
  quotes: boolean;
  card: SocialCard;
  facets: SearchFacets;
  links: RouteLinks;
}

/** The route data of one guide page. */
export function routeDataOf<T extends GuidePage>(input: RouteInput<T>): RouteData<T> {
  const { page, pages, headings, questionIds, linkable, shortIds, embedsWorksheet, base } = input;
  const { kind, track, title, description } = page.data;
  const { prev, next } = neighboursOf(pages, page.id);
  const stance = isStance(kind);
  const listed = new Set(page.data.questions.map((ref) => ref.id));
  const questions = kind === 'reflection' ? [] : questionIds.filter((id) => listed.has(id));
  const added = templateHeadingsOf(page, pages);
  const link = (p: GuidePage) => withBase(pathOf(p.id), base);
  return {
    page,
    kind,
    title,
    description,
    anchor: pageAnchorOf(page),
    crumbs: breadcrumbsOf(page, pages),
    prev,
    next,
    // The front page's two editorial sections are its map already: it shows no contents list.
    contents: tableOfContents(kind === 'home' ? headings : [...headings, ...added]),
    added: Object.fromEntries(added.map((h) => [h.slug, h])),
    linkable,
    shortIds,
    items: kind === 'track' && track ? itemsOfTrack(pages, track) : undefined,
    counterparts: stance ? counterpartsOf(page, pages) : [],
    questions,
    // A pro or con always shows its weighing control (issue 12), which uses the worksheet's styles.
    showsWorksheet: stance || questions.length > 0 || embedsWorksheet,
    badge: Boolean(track) || stance,
    quotes: stance,
    card: cardOf(page),
    facets: searchFacetsOf(page.data),
    links: {
      compare: withBase('/compare/', base),
      reflection: link(pageOfKind(pages, 'reflection')),
      thirdWay: link(pageOfKind(pages, 'third-way')),
      tracks: {
        technical: link(trackPageOf(pages, 'technical')),
        management: link(trackPageOf(pages, 'management')),
      },
    },
  };
}
