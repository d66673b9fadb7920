/**
 * The ten points the reader weighs: every pro and con page of the guide. The island
 * needs them (to check stored page ids, to name the heaviest points, to write the
 * Markdown table) but cannot read the content collection, so the server hands them
 * over in one `data-points` attribute, written and read by the two functions here.
 */
import type { GuidePage, Track } from '../types';

export type Stance = 'pro' | 'con';

export interface Point {
  /** The page id, which is also the key of its weight in the stored record. */
  id: string;
  /** The short name the guide map uses ("Deep impact"). */
  title: string;
  track: Track;
  stance: Stance;
}

const TRACKS: readonly Track[] = ['technical', 'management'];

/** The pro and con pages as points, track by track, pros before cons, in reading order. */
export function pointsOf(pages: readonly GuidePage[]): Point[] {
  const points: Point[] = [];
  for (const track of TRACKS) {
    for (const stance of ['pro', 'con'] as const) {
      for (const page of pages
        .filter((p) => p.data.track === track && p.data.kind === stance)
        .sort((a, b) => a.data.order - b.data.order)) {
        points.push({ id: page.id, title: page.data.navTitle ?? page.data.title, track, stance });
      }
    }
  }
  return points;
}

/** Where a point's page lives: `<track>-track/<pros|cons>/<slug>`, which carries its track and stance. */
const POINT_ID = /^(technical|management)-track\/(pro|con)s\/[a-z0-9-]+$/;

/**
 * The attribute text: `id|title` per point, one per `;`; track and stance are read back
 * from the id. Fails the build when a page's id and its track or kind disagree, or a title
 * holds a separator, rather than hand the island a list it would misread.
 */
export function pointsAttribute(points: readonly Point[]): string {
  for (const { id, title, track, stance } of points) {
    if (/[|;]/.test(title)) throw new Error(`A pro/con page title holds "|" or ";": ${title}`);
    if (!id.startsWith(`${track}-track/${stance}s/`) || !POINT_ID.test(id)) {
      throw new Error(
        `The pro/con page ${id} is not at ${track}-track/${stance}s/…, where the weighing expects it`,
      );
    }
  }
  return points.map((p) => `${p.id}|${p.title}`).join(';');
}

/** Reads `pointsAttribute`'s text back; a malformed entry is skipped. */
export function pointsFrom(text: string): Point[] {
  const points: Point[] = [];
  for (const entry of text.split(';')) {
    const [id = '', title] = entry.split('|');
    const [, track, stance] = POINT_ID.exec(id) ?? [];
    if (title && track && stance) points.push({ id, title, track: track as Track, stance: stance as Stance });
  }
  return points;
}
