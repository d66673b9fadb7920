import { pageOfKind, trackPageOf } from '../lib/pagesByKind';
import { pointsAttribute, pointsOf } from '../lib/reflection/points';
import { pathOf, withBase } from '../lib/routes';
import { loadGuide, loadQuestions, type QuestionEntry } from './guide';
// The island's code as one self-contained file with a URL, built by Vite's worker
// pipeline (it runs on the page, not in a worker). A plain `import('./…')` would make
// Vite add its ~1 KB preload helper to the eager loader.
import islandUrl from '../components/reflection-worksheet.ts?worker&url';
// Markdown and share links, which the island fetches on the first click that needs them.
import toolsUrl from '../components/reflection-tools.ts?worker&url';
// The balance's drawing, which the island fetches where a page shows a balance (Balance.astro).
import balanceUrl from '../components/reflection-balance.ts?worker&url';

/** What the worksheet needs besides which questions to show: every question, and where to link. */
export interface WorksheetData {
  all: QuestionEntry[];
  links: { reflection: string; thirdWay: string; technical: string; management: string };
}

/** The worksheet's questions (in content/questions.json's order) and its links, found by kind. */
export async function loadWorksheet(): Promise<WorksheetData> {
  const [pages, all] = await Promise.all([loadGuide(), loadQuestions()]);
  const link = (page: { id: string }) => withBase(pathOf(page.id), import.meta.env.BASE_URL);
  return {
    all,
    links: {
      reflection: link(pageOfKind(pages, 'reflection')),
      thirdWay: link(pageOfKind(pages, 'third-way')),
      technical: link(trackPageOf(pages, 'technical')),
      management: link(trackPageOf(pages, 'management')),
    },
  };
}

export { balanceUrl, islandUrl, toolsUrl };

/**
 * What every `<reflection-worksheet>` element carries, wherever it is rendered (the
 * questions, a weighing control, the compare table): the questions, the ten points and
 * the island's URL. Every element carries all of them because any one of them may be the
 * first the island starts from, and the island checks the stored record against them.
 * `data-ids` names each question with the track at each end of its scale
 * (`energizes:technical:management …`).
 */
export async function worksheetData(): Promise<{
  'data-ids': string;
  'data-points': string;
  'data-src': string;
}> {
  const [pages, questions] = await Promise.all([loadGuide(), loadQuestions()]);
  return {
    'data-ids': questions.map((q) => [q.id, ...q.data.poles.map((p) => p.track)].join(':')).join(' '),
    'data-points': pointsAttribute(pointsOf(pages)),
    'data-src': islandUrl,
  };
}
