// @ts-check
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { insertAliasTargets } from '../src/lib/anchorAliases.ts';
import { aliasesOnPage, redirectsOf } from '../src/lib/urlContract.ts';

/**
 * Deep links that never break:
 * - authors may pin a heading's id in MDX (`## Title {#pinned-id}`), through the Markdown
 *   processor's heading attributes;
 * - pages moved in `url-contract.json` become redirects;
 * - ids moved there get an alias target in the built HTML, so old `#fragments` still land.
 * @param {{ contract: URL }} options
 * @returns {import('astro').AstroIntegration}
 */
export function deepLinks({ contract: contractFile }) {
  /** @type {import('../src/lib/urlContract.ts').UrlContract} */
  const contract = JSON.parse(readFileSync(contractFile, 'utf8'));
  return {
    name: 'deep-links',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const processor = /** @type {{ options?: { features?: Record<string, unknown> } }} */ (config.markdown.processor);
        if (processor.options?.features) processor.options.features.headingAttributes = true;
        updateConfig({ redirects: redirectsOf(contract) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const problems = [];
        for (const path of new Set(Object.values(contract.movedIds).map((target) => target.split('#')[0] ?? '/'))) {
          const aliases = aliasesOnPage(path, contract);
          if (aliases.length === 0) continue;
          const file = fileURLToPath(new URL(`.${path}index.html`, dir));
          const result = insertAliasTargets(await readFile(file, 'utf8'), aliases);
          problems.push(...result.missing.map((m) => `${path}#${m}`));
          await writeFile(file, result.html);
        }
        if (problems.length > 0) throw new Error(`url-contract.json moves ids to sections that do not exist: ${problems.join(', ')}`);
        logger.info(`alias targets written for ${Object.keys(contract.movedIds).length} moved id(s)`);
      },
    },
  };
}
