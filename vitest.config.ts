/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import SlowestFirst from './tests/support/slowest-first.ts';

// Two projects: `unit` (node, fast, no build) and `e2e` (one production build per run,
// served on 127.0.0.1, driven through one shared system Chromium; `astro check` runs there too,
// after the build, beside the browser tests). `npm test` runs both: see tests/support/browser-fixture.ts
// for how to keep an e2e test lean.
export default getViteConfig({
  test: {
    // The slowest files start first, as measured by `npm run bench:tests`: see the sequencer.
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Small files: starting each in a fresh worker cost more than the file (18 → 32
          // CPU-s for the project); none mocks a module, so they share workers. Three at once,
          // as in e2e: Vitest's default (one fewer than the cores) ran them one by one.
          isolate: false,
          maxWorkers: 3,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/e2e-setup.ts', 'tests/support/browser-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Polls wait on real page work (lazy chunks, Pagefind, prerenders) on a loaded 2-core
          // machine: give them time, so a slow run is not mistaken for a broken one.
          expect: { poll: { timeout: 10_000 } },
          // Three: one worker mostly waits on `astro check` (type-check.test.ts), the other two on
          // the browser, so the two cores stay busy.
          maxWorkers: 3,
          // A worker runs file after file without starting afresh: each fresh start re-imported
          // Playwright and the support modules, ~0.4 CPU-s a file. The files share nothing but
          // those modules' code: each has its own browser connection and contexts (useBrowser).
          isolate: false,
        },
      },
    ],
  },
});
