/**
 * The page's speculation rules (a `<script type="speculationrules">` JSON), the same on every
 * page of a build so one CSP hash covers them all: prerender the next page in reading order
 * eagerly (PrevNext's `a[rel="next"]`: as it nears the viewport on a phone, at the briefest
 * hover on a desktop; not 'immediate', which competed with the page's own load and kept
 * mobile LCP 18% above a one-request page), and any other guide page when the
 * reader shows intent (hover or pointer-down: moderate eagerness). Search pages are left out,
 * so search code and index load only when the reader searches. Browsers without speculation
 * rules ignore the script and navigate normally.
 * @param base the deploy base (`/`, `/guide`, `/guide/`)
 */
export function speculationRules(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return JSON.stringify({
    prerender: [
      { where: { selector_matches: 'a[rel~="next"]' }, eagerness: 'eager' },
      {
        where: {
          and: [
            { href_matches: `${root}*` },
            { not: { href_matches: `${root}search/*` } },
            { not: { selector_matches: '[download], [rel~="nofollow"]' } },
          ],
        },
        eagerness: 'moderate',
      },
    ],
  });
}
