import { pageOfKind, trackPageOf } from '../lib/pagesByKind';
import { pathOf, withBase } from '../lib/routes';
import { loadGuide, loadQuestions, type QuestionEntry } from './guide';

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
