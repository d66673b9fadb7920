import { render } from 'astro:content';
import contract from '../../url-contract.json';
import {
  assertUniqueIds,
  sectionsOfComparePage,
  sectionsOfGuidePage,
  shortIdsOf,
  targetOf,
  type Section,
} from '../lib/sections';
import { loadGuide, loadQuestions } from './guide';

/** Every linkable section of the site and its short id, computed once per build. */
export interface SiteSections {
  /** Site-relative page path → its sections in page order. */
  byPage: Map<string, Section[]>;
  /** `path#id` → short id (mirrors map to their home's). */
  shortIds: Map<string, string>;
  all: Section[];
}

let cached: Promise<SiteSections> | undefined;

/**
 * The sections of every guide page and the compare page. Fails the build when a page
 * would carry one id twice. Short links published in url-contract.json keep their ids.
 */
export function loadSections(): Promise<SiteSections> {
  cached ??= (async () => {
    const pages = await loadGuide();
    const questions = (await loadQuestions()).map((q) => ({ id: q.id, question: q.data.question }));
    const all: Section[] = [];
    for (const page of pages) {
      const { headings } = await render(page);
      all.push(...sectionsOfGuidePage({ page, headings, pages, questions }));
    }
    all.push(...sectionsOfComparePage(pages));
    assertUniqueIds(all);
    const byPage = new Map<string, Section[]>();
    for (const section of all) byPage.set(section.path, [...(byPage.get(section.path) ?? []), section]);
    return { byPage, shortIds: shortIdsOf(all, contract.shortLinks), all };
  })();
  return cached;
}

/** A short link's page: where it forwards and what it describes. */
export interface ShortLink {
  short: string;
  section: Section;
}

/** One entry per short id, pointing at the section that is its home. */
export async function loadShortLinks(): Promise<ShortLink[]> {
  const { all, shortIds } = await loadSections();
  return all.filter((s) => !s.home).map((section) => ({ short: shortIds.get(targetOf(section))!, section }));
}
