/*
 * The one script every guide page runs at load (GuideLayout.astro): the header's two controls
 * and the offline worker's registration. One inline module rather than one per component: one
 * gzip stream and one CSP hash, ~150 B less JavaScript at load on every page than two scripts.
 */
import './header/theme-toggle';
import './header/site-search';
import './offline/load-after-load';
