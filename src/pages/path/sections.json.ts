/**
 * `/path/sections.json`: every section's text, title and place, keyed by short id, for the
 * reading-path follower (fetched only when a path is opened). See src/lib/path/sectionData.ts.
 */
import contract from '../../../url-contract.json';
import { loadGuide, loadQuestions } from '../../data/guide';
import { loadSections } from '../../data/sections';
import { buildSectionData } from '../../lib/path/buildSectionData';

export async function GET() {
  const pages = await loadGuide();
  const questions = (await loadQuestions()).map((q) => ({
    id: q.id,
    question: q.data.question,
    prompt: q.data.prompt,
    poles: [q.data.poles[0].label, q.data.poles[1].label] as const,
  }));
  const { all, shortIds } = await loadSections();
  const bodies = new Map(pages.map((page) => [page.id, page.body ?? '']));
  const data = buildSectionData({ sections: all, shortIds, pages, bodies, questions, contract });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}
