// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import GithubSlugger from 'github-slugger';
import { fileURLToPath } from 'node:url';
import { insertAliasTargets } from '../src/lib/anchorAliases.ts';
import { aliasesOnPage, redirectsOf } from '../src/lib/urlContract.ts';

/**
 * Deep links that never break:
 * - authors may pin a heading's id in MDX (`## Title {#pinned-id}`), through the Markdown
 *   processor's heading attributes, and every MDX heading gets its plain `#` link in the
 *   server HTML (the same markup as SectionAnchor.astro);
 * - pages moved in `url-contract.json` become redirects;
 * - ids moved there get an alias target in the built HTML, so old `#fragments` still land;
 * - the copy-link code that loads on first use (src/scripts/share-actions.ts) is bundled
 *   on its own, so the page's eager script imports it by URL without Vite's ~1 KB preload
 *   helper (that helper alone would break the 2 KB JavaScript budget). The eager part itself
 *   is inlined by Astro like any small script, so a content page is a single request.
 * @param {{ contract: URL }} options
 * @returns {import('astro').AstroIntegration}
 */
export function deepLinks({ contract: contractFile }) {
  /** @type {import('../src/lib/urlContract.ts').UrlContract} */
  const contract = JSON.parse(readFileSync(contractFile, 'utf8'));
  const actionsEntry = fileURLToPath(new URL('../src/scripts/share-actions.ts', import.meta.url));
  /** @type {{ code: Uint8Array; path: string } | undefined} */
  let actions;
  return {
    name: 'deep-links',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        const base = config.base.replace(/\/$/, '');
        let actionsUrl = `${base}/src/scripts/share-actions.ts`; // the dev server compiles it on request
        if (command === 'build') {
          const result = await build({ entryPoints: [actionsEntry], bundle: true, format: 'esm', minify: true, write: false, target: 'es2022' });
          const code = /** @type {Uint8Array} */ (result.outputFiles[0]?.contents);
          const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
          actions = { code, path: `${config.build.assets}/share-actions.${hash}.js` };
          actionsUrl = `${base}/${actions.path}`;
        }
        updateConfig({
          vite: {
            define: { __SHARE_ACTIONS_URL__: JSON.stringify(actionsUrl) },
          },
        });
        const processor = /** @type {{ options?: { features?: Record<string, unknown>; hastPlugins?: unknown[] } }} */ (config.markdown.processor);
        if (processor.options?.features) processor.options.features.headingAttributes = true;
        processor.options?.hastPlugins?.push(headingAnchors);
        updateConfig({ redirects: redirectsOf(contract) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (actions) {
          const file = new URL(actions.path, dir);
          await mkdir(new URL('.', file), { recursive: true });
          await writeFile(file, actions.code);
        }
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

/**
 * A Sätteri HAST plugin: gives each h2/h3 its id now (GitHub-style, as Astro would; pinned
 * ids are kept) and puts the section's plain `#` link beside it, in a `div.section-head`
 * (the markup SectionAnchor.astro gets in the page templates).
 */
function headingAnchors() {
  const slugger = new GithubSlugger();
  return {
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3'],
      /** @param {any} node @param {any} ctx */
      visit(node, ctx) {
        const text = ctx.textContent(node);
        const pinned = node.properties?.id;
        const id = typeof pinned === 'string' ? pinned : slugger.slug(text);
        if (typeof pinned !== 'string') ctx.setProperty(node, 'id', id);
        // Beside the heading, not inside it: the heading's accessible name stays its text.
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['section-head'] },
          children: [{ type: 'element', tagName: 'a', properties: { className: ['section-anchor'], href: `#${id}`, ariaLabel: `Link to “${text}”` }, children: [] }],
        });
      },
    },
  };
}
