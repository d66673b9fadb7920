import { render } from 'astro:content';
import { routeDataOf, type RouteData } from '../lib/routeData';
import { pathOf } from '../lib/routes';
import { loadGuide, loadQuestions, type GuideEntry } from './guide';
import { loadSections } from './sections';

/** A guide page's route data and its rendered article text. */
export type GuideRoute = RouteData<GuideEntry> & { Content: Awaited<ReturnType<typeof render>>['Content'] };

/**
 * Everything one guide page shows, gathered from the content layer once: the route file picks
 * a view by `kind` and hands it this. The `worksheet` flag is set by integrations/worksheet-flag.ts.
 */
export async function loadRouteData(entry: GuideEntry): Promise<GuideRoute> {
  const [pages, questions, { byPage, shortIds }, rendered] = await Promise.all([
    loadGuide(),
    loadQuestions(),
    loadSections(),
    render(entry),
  ]);
  const route = routeDataOf({
    page: entry,
    pages,
    headings: rendered.headings,
    questionIds: questions.map((q) => q.id),
    linkable: byPage.get(pathOf(entry.id)) ?? [],
    shortIds,
    embedsWorksheet: rendered.remarkPluginFrontmatter['worksheet'] === true,
    base: import.meta.env.BASE_URL,
  });
  return { ...route, Content: rendered.Content };
}
