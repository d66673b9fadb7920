import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { insertAliasTargets } from '../src/lib/anchorAliases.ts';
import { aliasesOnPage, type UrlContract } from '../src/lib/urlContract.ts';

/**
 * Ids moved in `url-contract.json` get an alias target in the built HTML, so old `#fragments`
 * still land. Fails the build when a moved id points at a section that no longer exists.
 */
export function anchorAliases({ contract }: { contract: URL }): AstroIntegration {
  const moved: UrlContract = JSON.parse(readFileSync(contract, 'utf8'));
  return {
    name: 'anchor-aliases',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const problems: string[] = [];
        for (const path of new Set(
          Object.values(moved.movedIds).map((target) => target.split('#')[0] ?? '/'),
        )) {
          const aliases = aliasesOnPage(path, moved);
          if (aliases.length === 0) continue;
          const file = fileURLToPath(new URL(`.${path}index.html`, dir));
          const result = insertAliasTargets(await readFile(file, 'utf8'), aliases);
          problems.push(...result.missing.map((m) => `${path}#${m}`));
          await writeFile(file, result.html);
        }
        if (problems.length > 0)
          throw new Error(
            `url-contract.json moves ids to sections that do not exist: ${problems.join(', ')}`,
          );
        logger.info(`alias targets written for ${Object.keys(moved.movedIds).length} moved id(s)`);
      },
    },
  };
}
