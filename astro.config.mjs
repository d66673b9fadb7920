// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, passthroughImageService } from 'astro/config';
import questions from './content/questions.json' with { type: 'json' };
import { anchorAliases } from './integrations/anchor-aliases.ts';
import { cspPerPage } from './integrations/csp-per-page.ts';
import { withoutKnownWarnings } from './integrations/known-warnings.ts';
import { offlineWorker } from './integrations/offline-worker.ts';
import { headingAnchors } from './integrations/markdown/heading-anchors.ts';
import { worksheetFlag } from './integrations/markdown/worksheet-flag.ts';
import { pagefindIndex } from './integrations/pagefind-index.ts';
import { guideSearchTerms, searchVocabulary } from './integrations/search-vocabulary.ts';
import { shareActionsBundle } from './integrations/share-actions-bundle.ts';
import { urlRedirects } from './integrations/url-redirects.ts';
import { inlineFileHashes, inlineTextHashes } from './src/lib/inlineHashes.ts';
import { speculationRules } from './src/lib/speculationRules.ts';
import { normalizeSiteBase } from './src/lib/siteBase.ts';

// Where the site is deployed. Override both for another host or a sub-path:
// SITE_URL=https://me.github.io SITE_BASE=/guide/ npm run build
const site = process.env.SITE_URL ?? 'https://de-or-director.example';
// `guide`, `/guide` and `/guide/` all mean /guide/: one form for Astro and for the CSP hashes below.
const base = normalizeSiteBase(process.env.SITE_BASE);
const contract = new URL('./url-contract.json', import.meta.url);
// The kill switch (docs/offline.md): SITE_OFFLINE=off npm run build ships a worker that removes itself.
const offline = process.env.SITE_OFFLINE !== 'off';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No image is optimised at build (the social cards are drawn by satori and resvg), so sharp,
  // Astro's optional image library (19 MB), is not installed: package.json overrides it with
  // an empty package. An <Image> added later is served as it is, not broken.
  image: { service: passthroughImageService() },
  build: {
    format: 'directory',
    // One round trip: the CSS rides inside the HTML, nothing blocks rendering.
    inlineStylesheets: 'always',
  },
  // The Markdown processor (MDX uses it too), configured here in the open: authors may pin a
  // heading's id (`## Title {#pinned-id}`), every MDX heading gets its `#` link, and a page
  // that embeds the worksheet is flagged (or fails the build when it would show a question twice).
  markdown: {
    // No page shows code, so no highlighter: Shiki's inline styles would need 'unsafe-inline'
    // under our hash-only CSP (Astro warns about exactly that when Shiki is on).
    syntaxHighlight: false,
    processor: satteri({
      features: { headingAttributes: true },
      mdastPlugins: [worksheetFlag({ questionIds: questions.map((q) => q.id) })],
      hastPlugins: [headingAnchors()],
    }),
  },
  // pagefindIndex indexes the finished HTML (with the alias targets) in astro:build:done;
  // cspPerPage hashes what finally ships; offlineWorker, last, lists it for the service worker.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/s/') && !page.endsWith('/offline/') }),
    urlRedirects({ contract }),
    anchorAliases({ contract }),
    shareActionsBundle(),
    pagefindIndex({ searchTerms: () => guideSearchTerms(new URL('./content/guide/', import.meta.url)) }),
    cspPerPage(),
    offlineWorker({ enabled: offline }),
  ],
  security: {
    csp: {
      scriptDirective: {
        hashes: [
          ...inlineFileHashes([
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
      // The service worker (docs/offline.md) and the web app manifest, from our own origin only.
      directives: ["worker-src 'self'", "manifest-src 'self'"],
      styleDirective: {
        hashes: inlineFileHashes([new URL('./src/styles/reflection.css', import.meta.url)]),
      },
    },
  },
  vite: {
    // A build prints nothing we have learnt to ignore: see integrations/known-warnings.ts.
    build: { rolldownOptions: { onwarn: withoutKnownWarnings } },
    plugins: [tailwindcss(), searchVocabulary(new URL('./content/', import.meta.url))],
    // The on-demand search script is built as a worker bundle (SiteSearch.astro): it needs it too.
    worker: { plugins: () => [searchVocabulary(new URL('./content/', import.meta.url))] },
  },
});
