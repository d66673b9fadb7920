/**
 * Every kind of page the guide has, as onePageOfEachKind (tools/lib/built-site.ts) names them.
 * Gates that check one page of each kind first check they got all of these: if the kind hook
 * in the HTML changed, the kinds would collapse into one and the gate would check one page.
 */
export const EVERY_PAGE_KIND = [
  '404',
  'compare',
  'con',
  'home',
  'path',
  'pro',
  'read',
  'reflection',
  'search',
  'third-way',
  'track',
];
