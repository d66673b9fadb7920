import type { PageKind, Track } from './types';

/** The two kinds of page that weigh one point of a track: a pro or a con. */
export type Stance = Extract<PageKind, 'pro' | 'con'>;

/** Whether a page of this kind is a pro or a con (it quotes the article and sits on a track). */
export function isStance(kind: PageKind): kind is Stance {
  return kind === 'pro' || kind === 'con';
}

/** How a stance is named and marked wherever pros and cons are listed. */
export const STANCES: Record<Stance, { label: string; plural: string; sign: string; anchor: string }> = {
  pro: { label: 'Pro', plural: 'Pros', sign: '+', anchor: 'pros' },
  con: { label: 'Con', plural: 'Cons', sign: '−', anchor: 'cons' },
};

/** The reader-facing name of each track. */
export const TRACK_NAMES: Record<Track, string> = {
  technical: 'Technical track',
  management: 'Management track',
};

/** Kinds of which the guide has exactly one page (track pages: one per track). */
export const SINGLE_KINDS = ['home', 'third-way', 'reflection'] as const satisfies readonly PageKind[];
