/**
 * What every `<reflection-worksheet>` element carries, wherever it is rendered (the
 * questions, a weighing control, the compare table): the question ids, the ten points
 * and the island's URL. Every element carries all of them because any one of them may be
 * the first the island starts from, and the island checks the stored record against them.
 */
import { pointsAttribute, pointsOf } from '../lib/reflection/points';
import { loadGuide, loadQuestions } from './guide';
// The island's code as one self-contained file with a URL, built by Vite's worker
// pipeline (it runs on the page, not in a worker). A plain `import('./…')` would make
// Vite add its ~1 KB preload helper to the eager loader.
import islandUrl from '../components/reflection-worksheet.ts?worker&url';
// Markdown and share links, which the island fetches on the first click that needs them.
import toolsUrl from '../components/reflection-tools.ts?worker&url';
// The balance's drawing, which the island fetches where a page shows a balance (Balance.astro).
import balanceUrl from '../components/reflection-balance.ts?worker&url';

export { balanceUrl, islandUrl, toolsUrl };

/**
 * The `data-*` attributes the island reads at start. `data-ids` names each question with
 * the track at each end of its scale (`energizes:technical:management …`).
 */
export async function worksheetData(): Promise<{ 'data-ids': string; 'data-points': string; 'data-src': string }> {
  const questions = await loadQuestions();
  return {
    'data-ids': questions.map((q) => [q.id, ...q.data.poles.map((p) => p.track)].join(':')).join(' '),
    'data-points': pointsAttribute(pointsOf(await loadGuide())),
    'data-src': islandUrl,
  };
}
