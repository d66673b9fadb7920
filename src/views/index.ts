import type { PageKind } from '../lib/types';
import HomeView from './HomeView.astro';
import ReflectionView from './ReflectionView.astro';
import StanceView from './StanceView.astro';
import ThirdWayView from './ThirdWayView.astro';
import TrackView from './TrackView.astro';

/** The view that renders each kind of page; every kind has one (the compiler checks). */
export const views: Record<PageKind, typeof HomeView> = {
  home: HomeView,
  track: TrackView,
  pro: StanceView,
  con: StanceView,
  'third-way': ThirdWayView,
  reflection: ReflectionView,
};
