import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The copy-link code that loads on first use (src/scripts/share-actions.ts), bundled on its own
 * with esbuild so SectionShare's eager script imports it by URL without Vite's ~1 KB preload
 * helper (that helper alone would break the 2 KB JavaScript budget). Its URL reaches the page as
 * `__SHARE_ACTIONS_URL__`. Vite's `?worker&url` (used for the worksheet island and search) does
 * not fit here: a worker bundle keeps no exports, and the eager script calls `runShareAction`.
 */
export function shareActionsBundle(): AstroIntegration {
  const entry = fileURLToPath(new URL('../src/scripts/share-actions.ts', import.meta.url));
  let bundle: { code: Uint8Array; path: string } | undefined;
  return {
    name: 'share-actions-bundle',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        const base = config.base.replace(/\/$/, '');
        let url = `${base}/src/scripts/share-actions.ts`; // the dev server compiles it on request
        if (command === 'build') {
          const result = await build({
            entryPoints: [entry],
            bundle: true,
            format: 'esm',
            minify: true,
            write: false,
            target: 'es2022',
          });
          const code = result.outputFiles[0]?.contents;
          if (!code) throw new Error('share-actions-bundle: esbuild produced no output');
          const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
          bundle = { code, path: `${config.build.assets}/share-actions.${hash}.js` };
          url = `${base}/${bundle.path}`;
        }
        updateConfig({ vite: { define: { __SHARE_ACTIONS_URL__: JSON.stringify(url) } } });
      },
      'astro:build:done': async ({ dir }) => {
        if (!bundle) return;
        const file = new URL(bundle.path, dir);
        await mkdir(new URL('.', file), { recursive: true });
        await writeFile(file, bundle.code);
      },
    },
  };
}
