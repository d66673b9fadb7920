import { counterpartsOf } from './counterparts';
import { isStance } from './kinds';
import { itemsOfTrack } from './guideMap';
import { readingOrder } from './readingOrder';
import { navLabelOf, pathOf } from './routes';
import { anchorOf } from './slugs';
import type { Heading } from './toc';
import type { GuidePage } from './types';

/**
 * What a linkable section is: the page itself (its h1), a heading, a pro/con summary card
 * (track and compare pages) or a self-reflection question.
 */
export type SectionKind = 'page' | 'heading' | 'item' | 'question';

/** One place on one page a reader can link to, with the id that names it in the URL fragment. */
export interface Section {
  /** Site-relative path of the page it is on, with a trailing slash. */
  path: string;
  id: string;
  /** What the section is called, as the reader sees it. */
  title: string;
  kind: SectionKind;
  /**
   * Where this section's text lives when it is a summary of it (a pro on a track page
   * summarises the pro's own page): such a mirror shares its home's short link.
   */
  home?: { path: string; id: string } | undefined;
}

/** Ids the page shell already uses: a section may never take them. */
export const RESERVED_IDS: readonly string[] = ['main'];

/** The question slice sections need (the `questions` collection's data). */
export interface QuestionText {
  id: string;
  question: string;
}

/** What a guide page's sections are built from; all of it is known at build time. */
export interface GuidePageContext {
  page: GuidePage;
  /** Headings the page's MDX renders (Astro's `render(entry).headings`). */
  headings: readonly Heading[];
  /** Every guide page, for pro/con cards, counterparts and the reflection page. */
  pages: readonly GuidePage[];
  /** The self-reflection questions, in the article's order. */
  questions: readonly QuestionText[];
}

/** The id of a page's own title: its navigation label, so `/technical-track/` is `#technical-track`. */
export function pageAnchorOf(page: GuidePage): string {
  return anchorOf(navLabelOf(page));
}

/** The questions a page shows, in the article's order. */
function questionsOn(page: GuidePage, questions: readonly QuestionText[]): QuestionText[] {
  const wanted = new Set(page.data.questions.map((ref) => ref.id));
  return questions.filter((q) => wanted.has(q.id));
}

/** The headings a view adds after the article text, by id: the one place their words are written. */
export const TEMPLATE_HEADINGS = {
  'how-to-use': { depth: 2, slug: 'how-to-use', text: 'How to use this guide' },
  'map-of-the-guide': { depth: 2, slug: 'map-of-the-guide', text: 'Map of the guide' },
  pros: { depth: 2, slug: 'pros', text: 'The Pros' },
  cons: { depth: 2, slug: 'cons', text: 'The Cons' },
  'on-the-other-track': { depth: 2, slug: 'on-the-other-track', text: 'On the other track' },
  'ask-yourself': { depth: 2, slug: 'ask-yourself', text: 'Ask yourself' },
} as const satisfies Record<string, Heading>;

export type TemplateHeadingId = keyof typeof TEMPLATE_HEADINGS;

/**
 * The headings the page's view adds after the article text, in page order. The views render
 * exactly these (from the route data), so the contents list, the links and the short links agree.
 */
export function templateHeadingsOf(page: GuidePage, pages: readonly GuidePage[]): Heading[] {
  const { kind } = page.data;
  const ids: TemplateHeadingId[] =
    kind === 'home'
      ? ['how-to-use', 'map-of-the-guide']
      : kind === 'track'
        ? ['pros', 'cons']
        : isStance(kind)
          ? [
              ...(counterpartsOf(page, pages).length > 0 ? (['on-the-other-track'] as const) : []),
              ...(page.data.questions.length > 0 ? (['ask-yourself'] as const) : []),
            ]
          : [];
  return ids.map((id) => ({ ...TEMPLATE_HEADINGS[id] }));
}

/** Every linkable section of a guide page, in page order. */
export function sectionsOfGuidePage({ page, headings, pages, questions }: GuidePageContext): Section[] {
  const path = pathOf(page.id);
  const reflection = pages.find((p) => p.data.kind === 'reflection');
  const sections: Section[] = [{ path, id: pageAnchorOf(page), title: page.data.title, kind: 'page' }];
  const asHeading = (h: Heading): Section => ({ path, id: h.slug, title: h.text, kind: 'heading' });
  const itemCard = (item: GuidePage): Section => ({
    path,
    id: anchorOf(item.data.title),
    title: item.data.title,
    kind: 'item',
    home: { path: pathOf(item.id), id: pageAnchorOf(item) },
  });
  const question = (q: QuestionText): Section => ({
    path,
    id: anchorOf(q.question),
    title: q.question,
    kind: 'question',
    home:
      page.data.kind === 'reflection' || !reflection
        ? undefined
        : { path: pathOf(reflection.id), id: anchorOf(q.question) },
  });

  const shown = questionsOn(page, questions);
  // The reflection page embeds its questions in the article text; other pages list them last.
  if (page.data.kind === 'reflection') sections.push(...shown.map(question));
  sections.push(...headings.filter((h) => h.depth >= 2 && h.depth <= 3).map(asHeading));
  for (const added of templateHeadingsOf(page, pages)) {
    sections.push(asHeading(added));
    if (page.data.kind === 'track' && page.data.track && (added.slug === 'pros' || added.slug === 'cons')) {
      sections.push(...itemsOfTrack(pages, page.data.track)[added.slug].map(itemCard));
    }
    if (added.slug === 'ask-yourself') sections.push(...shown.map(question));
  }
  return sections;
}

/** The compare page's own headings, in page order. */
export const COMPARE_HEADINGS = {
  'pros-and-cons': { depth: 2, slug: 'pros-and-cons', text: 'Pros and cons' },
  'how-they-answer-each-other': {
    depth: 2,
    slug: 'how-they-answer-each-other',
    text: 'How they answer each other',
  },
} as const satisfies Record<string, Heading>;

/** The compare page's title, also the source of its page anchor. */
export const COMPARE_TITLE = 'Both tracks side by side';

/** The compare page's sections: its two headings and a card per pro and con. */
export function sectionsOfComparePage(pages: readonly GuidePage[]): Section[] {
  const path = '/compare/';
  const items = readingOrder(pages).filter((p) => isStance(p.data.kind));
  const heading = ({ slug, text }: Heading): Section => ({ path, id: slug, title: text, kind: 'heading' });
  return [
    { path, id: anchorOf(COMPARE_TITLE), title: COMPARE_TITLE, kind: 'page' },
    heading(COMPARE_HEADINGS['pros-and-cons']),
    ...items.map((item): Section => ({
      path,
      id: anchorOf(item.data.title),
      title: item.data.title,
      kind: 'item',
      home: { path: pathOf(item.id), id: pageAnchorOf(item) },
    })),
    heading(COMPARE_HEADINGS['how-they-answer-each-other']),
  ];
}

/**
 * Ids that occur more than once on a page (`path#id` each), including clashes with the
 * page shell's own ids. A link to a duplicated id lands on whichever comes first, so the
 * build refuses them.
 */
export function duplicateIds(sections: readonly Section[]): string[] {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const { path, id } of sections) {
    const key = `${path}#${id}`;
    if (seen.has(key) || RESERVED_IDS.includes(id)) duplicates.push(key);
    seen.add(key);
  }
  return duplicates;
}

/** Throws, naming every clash, when a page would carry the same id twice. */
export function assertUniqueIds(sections: readonly Section[]): void {
  const duplicates = duplicateIds(sections);
  if (duplicates.length > 0) {
    throw new Error(
      `Two sections share an id: ${duplicates.join(', ')}. Pin a different id on one heading ("## Title {#other-id}").`,
    );
  }
}

/** The `path#id` key of a section, as the URL contract and short links name it. */
export function targetOf(section: { path: string; id: string }): string {
  return `${section.path}#${section.id}`;
}

/** The last path segment of a page, or `home` for the front page: the qualifier for short ids. */
function pageQualifier(path: string): string {
  return path.split('/').filter(Boolean).at(-1) ?? 'home';
}

/**
 * Short ids for `/s/<id>/`, one per section that is its own home (mirrors share their
 * home's). A short link, once published, keeps its id: `pinned` (from the URL contract,
 * short id → `path#id`) wins whenever its target still exists. New ones take the section
 * id when no other section wants it, else `<page>-<id>` (`technical-track-pros`).
 * Returns a map from `path#id` to short id.
 */
export function shortIdsOf(
  sections: readonly Section[],
  pinned: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const homes = sections.filter((s) => !s.home);
  const homeTargets = new Set(homes.map(targetOf));
  const byTarget = new Map<string, string>();
  const taken = new Set<string>();
  for (const [short, target] of Object.entries(pinned)) {
    if (homeTargets.has(target) && !byTarget.has(target) && !taken.has(short)) {
      byTarget.set(target, short);
      taken.add(short);
    }
  }
  const wanted = new Map<string, number>();
  for (const s of homes) wanted.set(s.id, (wanted.get(s.id) ?? 0) + 1);
  for (const s of homes) {
    const target = targetOf(s);
    if (byTarget.has(target)) continue;
    let short = wanted.get(s.id) === 1 && !taken.has(s.id) ? s.id : `${pageQualifier(s.path)}-${s.id}`;
    for (let n = 2; taken.has(short); n++) short = `${pageQualifier(s.path)}-${s.id}-${n}`;
    byTarget.set(target, short);
    taken.add(short);
  }
  for (const s of sections) {
    if (!s.home) continue;
    const homeShort = byTarget.get(targetOf(s.home));
    if (homeShort) byTarget.set(targetOf(s), homeShort);
  }
  return byTarget;
}
