// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { deepLinks } from './integrations/deep-links.mjs';
import { inlineScriptHashes, inlineTextHashes } from './integrations/inline-script-hashes.mjs';
import { pagefindIndex } from './integrations/pagefind-index.mjs';
import { speculationRules } from './integrations/speculation-rules.mjs';

// Where the site is deployed. Override both for another host or a sub-path:
// SITE_URL=https://me.github.io SITE_BASE=/guide/ npm run build
const site = process.env.SITE_URL ?? 'https://de-or-director.example';
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One round trip: the CSS rides inside the HTML, nothing blocks rendering.
    inlineStylesheets: 'always',
  },
  // pagefindIndex last: it indexes the finished HTML in astro:build:done.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/s/') }),
    deepLinks({ contract: new URL('./url-contract.json', import.meta.url) }),
    pagefindIndex(),
  ],
  security: {
    csp: {
      scriptDirective: {
        hashes: [
          ...inlineScriptHashes([
            new URL('./src/scripts/theme-boot.js', import.meta.url),
            new URL('./src/scripts/reflection-loader.js', import.meta.url),
            new URL('./src/scripts/path-loader.js', import.meta.url),
          ]),
          // BaseHead inlines exactly this JSON; a speculationrules script needs script-src too.
          ...inlineTextHashes([speculationRules(base)]),
        ],
        // Search: Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and runs in a worker
        // loaded from our own origin ('self', which worker-src falls back to).
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      styleDirective: {
        hashes: inlineScriptHashes([new URL('./src/styles/reflection.css', import.meta.url)]),
      },
    },
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
