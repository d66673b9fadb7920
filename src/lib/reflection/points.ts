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
      for (const page of pages.filter((p) => p.data.track === track && p.data.kind === stance).sort((a, b) => a.data.order - b.data.order)) {
        points.push({ id: page.id, title: page.data.navTitle ?? page.data.title, track, stance });
      }
    }
  }
  return points;
}

/** The attribute text: `id|title|t|+` per point, one per `;` (ids and titles never hold either). */
export function pointsAttribute(points: readonly Point[]): string {
  for (const { id, title } of points) {
    if (/[|;]/.test(id + title)) throw new Error(`A pro/con page id or title holds "|" or ";": ${id} ${title}`);
  }
  return points.map((p) => [p.id, p.title, p.track[0], p.stance === 'pro' ? '+' : '-'].join('|')).join(';');
}

/** Reads `pointsAttribute`'s text back; a malformed entry is skipped. */
export function pointsFrom(text: string): Point[] {
  const points: Point[] = [];
  for (const entry of text.split(';')) {
    const [id, title, track, stance] = entry.split('|');
    if (!id || !title || !/^[tm]$/.test(track ?? '') || !/^[+-]$/.test(stance ?? '')) continue;
    points.push({ id, title, track: track === 't' ? 'technical' : 'management', stance: stance === '+' ? 'pro' : 'con' });
  }
  return points;
}
