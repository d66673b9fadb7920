import { SINGLE_KINDS } from './kinds';
import type { GuidePage, Track } from './types';

type SingleKind = (typeof SINGLE_KINDS)[number];

/**
 * The one page of a kind the guide has exactly one of (home, third way, reflection): links
 * go by kind, never by file name. The content check (validateGuide) makes sure it exists.
 */
export function pageOfKind<T extends GuidePage>(pages: readonly T[], kind: SingleKind): T {
  const page = pages.find((p) => p.data.kind === kind);
  if (!page) throw new Error(`the guide has no ${kind} page`);
  return page;
}

/** The track page of one track. */
export function trackPageOf<T extends GuidePage>(pages: readonly T[], track: Track): T {
  const page = pages.find((p) => p.data.kind === 'track' && p.data.track === track);
  if (!page) throw new Error(`the guide has no track page for the ${track} track`);
  return page;
}
