import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { redirectsOf, type UrlContract } from '../src/lib/urlContract.ts';

/** Pages moved in `url-contract.json` become redirects (Astro writes a page per old URL). */
export function urlRedirects({ contract }: { contract: URL }): AstroIntegration {
  const moved: UrlContract = JSON.parse(readFileSync(contract, 'utf8'));
  return {
    name: 'url-redirects',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ redirects: redirectsOf(moved) });
      },
    },
  };
}
