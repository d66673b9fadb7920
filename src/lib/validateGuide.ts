import { HOME_ID } from './routes';
import { SINGLE_KINDS, isStance } from './kinds';
import { tracks, type GuidePage, type PageKind, type Track } from './types';

/** A rule the guide breaks, pinned to the file and frontmatter field that break it. */
export interface GuideProblem {
  file: string;
  field: string;
  message: string;
}

const fileOf = (page: GuidePage) => page.filePath ?? page.id;

/** What a page's place in `content/guide` says it is; its frontmatter must agree. */
export interface Place {
  kinds: readonly PageKind[];
  track: Track | undefined;
}

/**
 * The kind and track a page's file path implies: `index` is the home page,
 * `<track>-track` a track page, `<track>-track/pros/<name>` and `…/cons/<name>` its pros and
 * cons, any other top-level file a page of no track (the third way, the reflection).
 * `undefined` for a path that is no place for a guide page.
 */
export function placeOf(id: string): Place | undefined {
  if (id === HOME_ID) return { kinds: ['home'], track: undefined };
  const parts = id.split('/');
  const track = tracks.find((t) => parts[0] === `${t}-track`);
  if (parts.length === 1)
    return track ? { kinds: ['track'], track } : { kinds: ['third-way', 'reflection'], track: undefined };
  if (parts.length === 3 && track && (parts[1] === 'pros' || parts[1] === 'cons')) {
    return { kinds: [parts[1] === 'pros' ? 'pro' : 'con'], track };
  }
  return undefined;
}

/** Frontmatter that contradicts the file's place (`kind: con` in a `pros/` folder). */
function placeProblems(page: GuidePage): GuideProblem[] {
  const place = placeOf(page.id);
  const file = fileOf(page);
  if (!place) {
    return [
      {
        file,
        field: 'kind',
        message: 'a guide page lives at index, <track>-track, <track>-track/pros|cons/<name> or <name>',
      },
    ];
  }
  const problems: GuideProblem[] = [];
  if (!place.kinds.includes(page.data.kind)) {
    problems.push({
      file,
      field: 'kind',
      message: `"${page.data.kind}" does not match the file's place (expected ${place.kinds.join(' or ')})`,
    });
  }
  if (page.data.track !== place.track) {
    problems.push({
      file,
      field: 'track',
      message: `"${page.data.track ?? 'none'}" does not match the file's place (expected ${place.track ?? 'none'})`,
    });
  }
  return problems;
}

/**
 * Checks what a per-file schema cannot see: frontmatter that agrees with the file's place,
 * unique reading order, one home, third-way and reflection page, one track page per track,
 * and counterparts that really sit on the other track. Returns every problem, so one build reports them all.
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

  for (const page of pages) problems.push(...placeProblems(page));

  for (const kind of SINGLE_KINDS) {
    const found = pages.filter((page) => page.data.kind === kind);
    if (found.length !== 1) {
      const name = kind === 'home' ? 'home' : kind;
      problems.push({
        file: found[1] ? fileOf(found[1]) : 'content/guide',
        field: 'kind',
        message: `the guide needs exactly one ${name} page, found ${found.length}`,
      });
    }
  }
  for (const track of tracks) {
    const trackPages = pages.filter((page) => page.data.kind === 'track' && page.data.track === track);
    if (trackPages.length > 1) {
      problems.push({
        file: fileOf(trackPages[1]!),
        field: 'track',
        message: `a second track page for the ${track} track`,
      });
    }
    if (trackPages.length === 0) {
      problems.push({
        file: `content/guide/${track}-track.mdx`,
        field: 'track',
        message: `the ${track} track has no track page`,
      });
    }
  }

  for (const page of pages) {
    for (const ref of page.data.counterparts) {
      const other = byId.get(ref.id);
      if (!other) {
        problems.push({
          file: fileOf(page),
          field: 'counterparts',
          message: `"${ref.id}" is not a page of the guide`,
        });
      } else if (!isStance(page.data.kind) || !isStance(other.data.kind)) {
        problems.push({
          file: fileOf(page),
          field: 'counterparts',
          message: `only pros and cons have counterparts ("${ref.id}")`,
        });
      } else if (other.data.track === page.data.track) {
        problems.push({
          file: fileOf(page),
          field: 'counterparts',
          message: `"${ref.id}" is on the same track; a counterpart must be on the other one`,
        });
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
