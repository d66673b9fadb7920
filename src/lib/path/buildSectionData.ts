/**
 * Builds the reading-path data (`/path/sections.json`) from the guide: one entry per short
 * id, in reading order (the compare page last), with each section's text. See sectionData.ts.
 */
import { breadcrumbsOf } from '../breadcrumbs';
import { counterpartPairs } from '../compare';
import { counterpartsOf } from '../counterparts';
import { itemsOfTrack } from '../guideMap';
import { readingOrder } from '../readingOrder';
import { navLabelOf, pathOf } from '../routes';
import { targetOf, type Section } from '../sections';
import { anchorOf } from '../slugs';
import type { GuidePage } from '../types';
import type { UrlContract } from '../urlContract';
import { articleBlocks, type Block } from './articleBlocks';
import { movedShortIds, type SectionData, type SectionEntry } from './sectionData';

export interface QuestionData {
  id: string;
  question: string;
  prompt: string;
  /** The labels of the two ends of its scale (a sent-back path shows answers with them). */
  poles?: readonly [string, string];
}

export interface SectionDataInput {
  /** Every linkable section (loadSections().all). */
  sections: readonly Section[];
  /** `path#id` → short id. */
  shortIds: ReadonlyMap<string, string>;
  pages: readonly GuidePage[];
  /** Page id → its MDX body. */
  bodies: ReadonlyMap<string, string>;
  questions: readonly QuestionData[];
  contract: UrlContract;
}

/** A list item naming a page and our one-line summary of it. */
const summary = (page: GuidePage) => `**${page.data.title}:** ${page.data.description}`;

export function buildSectionData({
  sections,
  shortIds,
  pages,
  bodies,
  questions,
  contract,
}: SectionDataInput): SectionData {
  const ordered = [...readingOrder(pages).map((page) => pathOf(page.id)), '/compare/'];
  const pageAt = new Map(pages.map((page) => [pathOf(page.id), page]));
  const questionIds = questions.map((q) => q.id);
  const homes = sections
    .filter((section) => !section.home)
    .sort((a, b) => ordered.indexOf(a.path) - ordered.indexOf(b.path));

  const textOf = (section: Section): Pick<SectionEntry, 'k' | 'b'> => {
    const page = pageAt.get(section.path);
    const article = page ? articleBlocks(bodies.get(page.id) ?? '', questionIds) : [];
    const editorial = (b: Block[]) => ({ k: 'e' as const, b });
    if (section.kind === 'question') {
      const question = questions.find((q) => anchorOf(q.question) === section.id);
      return { k: 'a', b: question ? [{ q: question.id }] : [] };
    }
    if (section.kind === 'page') return page ? { k: 'a', b: article } : editorial([]);
    if (!page) {
      // The compare page: summaries only.
      if (section.id === 'pros-and-cons') {
        const items = readingOrder(pages).filter((p) => p.data.kind === 'pro' || p.data.kind === 'con');
        return editorial([{ li: items.map(summary) }]);
      }
      if (section.id === 'how-they-answer-each-other') {
        return editorial([
          { li: counterpartPairs(pages).map(([a, b]) => `**${a.data.title}** answers **${b.data.title}**`) },
        ]);
      }
      return editorial([]);
    }
    if (section.id === 'ask-yourself') return { k: 'a', b: page.data.questions.map((q) => ({ q: q.id })) };
    if (section.id === 'on-the-other-track')
      return editorial([{ li: counterpartsOf(page, pages).map(summary) }]);
    if (page.data.kind === 'track' && page.data.track && (section.id === 'pros' || section.id === 'cons')) {
      return editorial([{ li: itemsOfTrack(pages, page.data.track)[section.id].map(summary) }]);
    }
    if (section.id === 'map-of-the-guide') return editorial([{ li: readingOrder(pages).map(summary) }]);
    // A heading of the article: its blocks, up to the next heading.
    const start = article.findIndex((block) => 'h' in block && anchorOf(block.h) === section.id);
    if (start < 0) return editorial([]);
    const end = article.findIndex((block, i) => i > start && 'h' in block);
    return { k: 'a', b: article.slice(start + 1, end < 0 ? undefined : end) };
  };

  const data: SectionData = { s: {}, q: {}, m: {} };
  for (const section of homes) {
    const short = shortIds.get(targetOf(section));
    if (!short) continue;
    const page = pageAt.get(section.path);
    const where = page ? breadcrumbsOf(page, pages).map((crumb) => crumb.label) : ['Guide', 'Compare'];
    data.s[short] = { t: section.title, w: where.join(' › '), u: targetOf(section), ...textOf(section) };
  }
  for (const q of questions) data.q[q.id] = [q.question, q.prompt, ...(q.poles ?? [])];
  data.m = movedShortIds(
    contract,
    new Map([...shortIds].filter(([target]) => homes.some((s) => targetOf(s) === target))),
  );
  return data;
}

/** Page paths in reading order, the compare page last: how the composer groups sections. */
export function composerOrder(pages: readonly GuidePage[]): string[] {
  return [...readingOrder(pages).map((page) => pathOf(page.id)), '/compare/'];
}

/** The heading of a page's group in the composer. */
export function groupTitleOf(path: string, pages: readonly GuidePage[]): string {
  const page = pages.find((p) => pathOf(p.id) === path);
  return page ? navLabelOf(page) : 'Compare';
}
