import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspForPage } from '../src/lib/cspPerPage.ts';

/**
 * Each page's CSP names only the inline scripts and styles that page holds (see cspForPage).
 * Runs after every integration that rewrites HTML, so the hashes match what ships.
 */
export function cspPerPage(): AstroIntegration {
  return {
    name: 'csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let saved = 0;
        for (const page of pages) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const narrowed = cspForPage(html);
          saved += html.length - narrowed.length;
          if (narrowed !== html) await writeFile(file, narrowed);
        }
        logger.info(`policies narrowed on ${pages.length} pages (${saved} bytes of unused hashes removed)`);
      },
    },
  };
}
