import type { GuidePage } from './types';

/** A rule the guide breaks, pinned to the file and frontmatter field that break it. */
export interface GuideProblem {
  file: string;
  field: string;
  message: string;
}

const fileOf = (page: GuidePage) => page.filePath ?? page.id;

/**
 * Checks the relations between pages that a per-file schema cannot see: unique reading
 * order, one front page, one track page per track, and counterparts that really sit on
 * the other track. Returns every problem, so one build reports them all.
 */
export function findGuideProblems(pages: readonly GuidePage[]): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const byId = new Map(pages.map((page) => [page.id, page]));

  const seenOrder = new Map<number, GuidePage>();
  for (const page of pages) {
    const clash = seenOrder.get(page.data.order);
    if (clash) {
      problems.push({
        file: fileOf(page),
        field: 'order',
        message: `order ${page.data.order} is already used by ${fileOf(clash)}`,
      });
    } else seenOrder.set(page.data.order, page);
  }

  const homes = pages.filter((page) => page.data.kind === 'home');
  if (homes.length !== 1) {
    problems.push({ file: homes[1] ? fileOf(homes[1]) : 'content/guide', field: 'kind', message: `the guide needs exactly one home page, found ${homes.length}` });
  }
  for (const track of ['technical', 'management'] as const) {
    const trackPages = pages.filter((page) => page.data.kind === 'track' && page.data.track === track);
    if (trackPages.length > 1) {
      problems.push({ file: fileOf(trackPages[1]!), field: 'track', message: `a second track page for the ${track} track` });
    }
  }

  for (const page of pages) {
    for (const ref of page.data.counterparts) {
      const other = byId.get(ref.id);
      if (!other) {
        problems.push({ file: fileOf(page), field: 'counterparts', message: `"${ref.id}" is not a page of the guide` });
      } else if (!['pro', 'con'].includes(page.data.kind) || !['pro', 'con'].includes(other.data.kind)) {
        problems.push({ file: fileOf(page), field: 'counterparts', message: `only pros and cons have counterparts ("${ref.id}")` });
      } else if (other.data.track === page.data.track) {
        problems.push({ file: fileOf(page), field: 'counterparts', message: `"${ref.id}" is on the same track; a counterpart must be on the other one` });
      }
    }
  }
  return problems;
}

/** Throws one error listing every problem, each as `file → field: message`. */
export function assertValidGuide(pages: readonly GuidePage[]): void {
  const problems = findGuideProblems(pages);
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  throw new Error(`The guide's frontmatter has ${problems.length} problem(s):\n${lines.join('\n')}`);
}
