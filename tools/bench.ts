// The benchmark (not a test): node tools/bench.ts  (npm run bench)
//
// Builds the site into bench/tmp/dist for the address it is served on, then measures and
// prints one Markdown report, also written to bench/results.md:
//   - build time, astro and search index separately (timed from the build's own log lines)
//   - install size: node_modules as `npm ci` leaves it (tools/lib/install-size.ts)
//   - pages built, and per page the gzip bytes of HTML, CSS, JS at load and the whole first visit
//   - Pagefind bytes for a first and a second query, in the browser (when dist has /pagefind/)
//   - Lighthouse (mobile preset, system Chromium) for one page of each kind (home, track, pro,
//     con, third way, reflection, compare, search) and a shared search (/search/?q=), median of
//     5 rounds, each measuring a minimal one-request reference page and then every page once, so
//     the LCP ratio compares like with like even as the host gets busier or quieter.
// BENCH_RUNS=1 makes a quick run.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBenchDeps, importBenchDep } from './lib/bench-deps.ts';
import { builtPages, landingPaths, onePageOfEachKind, parseHtml, sitemapUrls } from './lib/built-site.ts';
import { chromePath, chromiumFlags, launchChromium } from './lib/chromium.ts';
import { installedSize } from './lib/install-size.ts';
import { markdownTable } from './lib/markdown-table.ts';
import { gzipBytes, measurePageLoad } from './lib/page-load.ts';
import { root } from './lib/paths.ts';
import { SEVEN_STEP_PATH } from './lib/sample-path.ts';
import { keystrokeToResults } from './lib/search-latency.ts';
import { savedGuide } from './lib/offline-bench.ts';
import { serveStatic } from './lib/static-server.ts';

/** The slices of Lighthouse's and chrome-launcher's APIs the bench uses (they are not installed for type checks). */
interface Audit {
  id: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
}
type Lighthouse = (
  url: string,
  flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] },
) => Promise<
  | {
      lhr: {
        categories: Record<string, { score: number | null } | undefined>;
        audits: Record<string, Audit>;
      };
    }
  | undefined
>;
type LaunchChrome = (options: {
  chromePath: string;
  chromeFlags: string[];
}) => Promise<{ port: number; kill(): void | Promise<void> }>;

// Lighthouse and chrome-launcher are installed on first use, not by `npm ci` (see bench-deps.ts).
ensureBenchDeps();
const { default: lighthouse } = await importBenchDep<{ default: Lighthouse }>('lighthouse');
const { launch: launchChrome } = await importBenchDep<{ launch: LaunchChrome }>('chrome-launcher');

const runs = Number(process.env.BENCH_RUNS ?? 5);
const outDir = join(root, 'bench/tmp/dist');
/** Pages Lighthouse scores besides one of each kind (see onePageOfEachKind in lib/built-site.ts): a search and a 7-step reading path, shared by link. */
const extraLighthousePaths = ['/search/?q=promotion', SEVEN_STEP_PATH];
/** Typed into the search dialog, one after the other, to time keystroke-to-results. */
const typedQueries = ['politics', 'promotion', 'delegate', 'influence', 'soft power', 'IC', 'coding'];
const searchQueries = ['politics', 'promotion'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** "politics 38, promotion 23": each query's milliseconds to its results. */
const perQuery = (timings: { query: string; ms: number }[]) =>
  timings.map((timing) => `${timing.query} ${Math.round(timing.ms)}`).join(', ');

/**
 * Runs `astro build` with each output line timestamped as it arrives. The search index is
 * built by an astro:build:done integration (integrations/pagefind-index.ts): its time is the
 * one it logs ("… in 84 ms"), else the span of its log lines.
 */
function timedBuild(
  siteUrl: string,
): Promise<{ totalMs: number; indexMs: number | undefined; output: string }> {
  return new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      SITE_URL: siteUrl,
      SITE_BASE: '/',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    };
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const lines: { at: number; text: string }[] = [];
    let pending = '';
    const collect = (chunk: Buffer) => {
      const at = performance.now() - started;
      const parts = (pending + chunk.toString()).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) lines.push({ at, text });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      const totalMs = performance.now() - started;
      if (pending) lines.push({ at: totalMs, text: pending });
      const output = lines.map((line) => line.text).join('\n');
      if (code !== 0) return reject(new Error(`astro build failed:\n${output}`));
      const indexLines = lines.flatMap((line, index) => (/pagefind/i.test(line.text) ? [index] : []));
      if (!indexLines.length) return resolve({ totalMs, indexMs: undefined, output });
      // The integration says how long indexing took ("Indexed 18 pages for search in 84 ms."): use it.
      const reported = lines[indexLines.at(-1)!]!.text.match(/\bin ([\d.]+) ?(ms|s)\b/);
      if (reported)
        return resolve({ totalMs, indexMs: Number(reported[1]) * (reported[2] === 's' ? 1000 : 1), output });
      const first = lines[indexLines[0]!]!.at;
      const after = lines[indexLines.at(-1)! + 1]?.at ?? totalMs;
      // The first index line arrives when indexing has already started; the line before it marks the start.
      const before = lines[indexLines[0]! - 1]?.at ?? first;
      resolve({ totalMs, indexMs: after - before, output });
    });
  });
}

/** A minimal page that needs one request, the yardstick for LCP: the same server, the same run. */
function referencePage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-reference-'));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Reference</title><meta name="description" content="A one-request reference page."><link rel="icon" href="data:,"><style>body{font:1.1875rem/1.7 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem}</style></head><body><main><h1>The Senior Tech Professional’s Dilemma</h1><p>A Distinguished Engineer is asked to choose between the technical track and the management track. This page has no scripts, no images and no second request: it is the fastest a page of this size can be.</p></main></body></html>`;
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, '404.html'), html);
  return dir;
}

interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/** One Lighthouse run of `url` (mobile preset), its scores and metrics. */
async function lighthouseRun(url: string, port: number): Promise<LighthouseRun> {
  // Default config = the mobile preset: a mid-range phone, simulated slow 4G and CPU.
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const run: LighthouseRun = {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
  const failing = Object.values(audits).filter(
    (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
  );
  if (failing.length)
    console.error(`  ${url}: failing audits: ${failing.map((audit) => audit.id).join(', ')}`);
  return run;
}

async function main() {
  // Both served gzip-compressed, as any real host would: transfer sizes are what Lighthouse simulates.
  const server = await serveStatic(outDir, '/', { gzip: true });
  const reference = referencePage();
  const referenceServer = await serveStatic(reference, '/', { gzip: true });
  // Lighthouse's simulated throttling scales the CPU time it observes: on a busy machine TBT and LCP grow. Say how busy.
  const load = () => loadavg()[0]!.toFixed(1);
  const report: string[] = [
    `# Benchmark`,
    '',
    `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores (load average ${load()} at start), Node ${process.version}. Sizes are gzip (zlib default level).`,
    '',
  ];
  try {
    // 1. Build, for the address we serve it on (canonical URLs then match for Lighthouse).
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    console.error('building…');
    const build = await timedBuild(server.origin);
    const pages = builtPages(outDir);
    const hasSearch = existsSync(join(outDir, 'pagefind'));
    report.push(
      '## Build',
      '',
      markdownTable(
        ['step', 'time'],
        [
          ['astro build (pages, CSS, JS)', seconds(build.totalMs - (build.indexMs ?? 0))],
          ['search index (Pagefind)', build.indexMs === undefined ? 'no index step' : seconds(build.indexMs)],
          ['total', seconds(build.totalMs)],
          ['HTML pages built', pages.length],
        ],
      ),
      '',
    );
    // Install size, as `npm ci` left node_modules.
    const install = installedSize(join(root, 'node_modules'));
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    report.push(
      '## Install',
      '',
      `\`node_modules\` as \`npm ci\` leaves it (the bench's own Lighthouse and build caches left out): ${mib(install.bytes)} of files, ${mib(install.onDisk)} on disk (\`du -s\`). Target: ≤ 550 MiB on disk.`,
      '',
    );

    // 2. Bytes per page: HTML and inlined CSS from the files, JS and first visit from a real load.
    const browser = await launchChromium();
    const byteRows: (string | number)[][] = [];
    for (const path of landingPaths(outDir, server.url)) {
      const page = pages.find((candidate) => candidate.path === path);
      if (!page) continue;
      const dom = await parseHtml(page.html);
      const css = dom
        .querySelectorAll('style')
        .map((style) => style.textContent)
        .join('');
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const load = await measurePageLoad(context, new URL(path.slice(1), server.url).href);
      await context.close();
      byteRows.push([
        path,
        kb(gzipBytes(page.html)),
        kb(css ? gzipBytes(css) : 0),
        `${load.scriptGzip} B`,
        kb(load.totalGzip),
        load.resources.length,
      ]);
    }
    report.push(
      '## Bytes per page (first visit, 390 px)',
      '',
      'HTML includes its inlined CSS; CSS is that inlined CSS alone; JS is everything that runs at load (inline and fetched).',
      '',
      markdownTable(['page', 'HTML', 'CSS', 'JS', 'first visit', 'requests'], byteRows),
      '',
    );

    // 3. Search: what the first and a second query cost, loaded in the browser as a reader would.
    if (hasSearch) {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(server.url);
      let bytes = 0;
      page.on('response', (response) => {
        if (!response.url().includes('/pagefind/')) return;
        // Pagefind's index files are gzip already: count them as sent, everything else gzipped.
        void response.body().then(
          (body) => (bytes += Math.min(body.length, gzipSync(body).length)),
          () => undefined,
        );
      });
      const rows: (string | number)[][] = [];
      for (const [index, query] of searchQueries.entries()) {
        bytes = 0;
        const found = await page.evaluate(
          async ([q, base]) => {
            const pagefind = await import(`${base}pagefind/pagefind.js`);
            const search = await pagefind.search(q);
            // A results list shows the first five with their excerpts: load those fragments too.
            await Promise.all(
              search.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()),
            );
            return search.results.length;
          },
          [query, new URL(server.url).pathname] as const,
        );
        await page.waitForTimeout(300);
        rows.push([`${index === 0 ? 'first' : 'second'} query “${query}”`, found, kb(bytes)]);
      }
      await context.close();
      report.push(
        '## Search (Pagefind, in the browser)',
        '',
        markdownTable(['query', 'results', 'bytes fetched'], rows),
        '',
      );
      const typed = await keystrokeToResults(browser, server.url, typedQueries);
      const ms = typed.timings.map((timing) => timing.ms);
      report.push(
        '## Search as you type (the dialog, a reader typing at 80 ms a key)',
        '',
        markdownTable(
          ['measure', 'value'],
          [
            [
              'first search, every request (search code, Pagefind, index, results)',
              kb(typed.firstSearchBytes),
            ],
            [
              `keystroke to results, median of ${ms.length} queries (first included)`,
              `${Math.round(median(ms))} ms`,
            ],
            ['keystroke to results, slowest', `${Math.round(Math.max(...ms))} ms`],
            ['per query', perQuery(typed.timings)],
          ],
        ),
        '',
        'Target: results ≤ 50 ms after the last keystroke; first search ≤ 150 KB.',
        '',
      );
      // Issue 22: Save for offline, then search with the connection gone. A kill-switch build
      // (SITE_OFFLINE=off, the control when measuring what the worker costs) has nothing to save.
      if (process.env.SITE_OFFLINE === 'off') {
        report.push('## Offline', '', 'A kill-switch build (SITE_OFFLINE=off): nothing to save.', '');
      } else {
        const saved = await savedGuide(browser, server.url, searchQueries);
        const offlineMs = saved.offlineSearch.map((timing) => timing.ms);
        report.push(
          '## Offline (Save the guide for offline reading, then search with no connection)',
          '',
          markdownTable(
            ['measure', 'value'],
            [
              ['“Save for offline”: what the reader is told it downloads (gzip)', kb(saved.bytes)],
              ['files saved', saved.files],
              ['time to save on this host', `${Math.round(saved.ms)} ms`],
              [
                'offline, keystroke to first results from the kept index (first query loads it)',
                `${Math.round(offlineMs[0] ?? Number.NaN)} ms`,
              ],
              ['per query', perQuery(saved.offlineSearch)],
            ],
          ),
          '',
          'Target: the size said before it starts, ≤ 1 MB.',
          '',
        );
      }
    } else {
      report.push('## Search', '', 'No /pagefind/ in the build: nothing to measure.', '');
    }
    await browser.close();

    // 4. Lighthouse, mobile, median of the runs; the reference page measured alongside.
    const sitemapPaths = sitemapUrls(outDir, server.url).map(
      (url) => `/${new URL(url).pathname.slice(new URL(server.url).pathname.length)}`,
    );
    // BENCH_ONLY=/search/,/read/ measures just those pages (and the reference), for a quick look.
    const only = process.env.BENCH_ONLY?.split(',');
    // The sitemap lists what readers and search engines land on; the 404 (noindex, so Lighthouse's
    // SEO check marks it down by design) and the /s/ short links (forwarding stubs) are not in it.
    const lighthousePaths = only ?? [
      ...(await onePageOfEachKind(pages, sitemapPaths)).values(),
      ...extraLighthousePaths,
    ];
    console.error(`lighthouse: ${runs} rounds of the reference and ${lighthousePaths.length} pages…`);
    const chrome = await launchChrome({
      chromePath: chromePath(),
      chromeFlags: ['--headless=new', ...chromiumFlags],
    });
    const lhRows: (string | number)[][] = [];
    try {
      // Rounds, each the reference and then every page once: a host that gets busier or quieter
      // during the run moves the reference with the pages, and the ratio stays like with like.
      const reference = { name: 'one-request reference page', url: referenceServer.url };
      const targets = [
        reference,
        ...lighthousePaths.map((path) => ({
          name: path === SEVEN_STEP_PATH ? '/path/#p=… (a 7-step path)' : path,
          url: new URL(path.slice(1), server.url).href,
        })),
      ];
      const results = new Map(targets.map((target) => [target, [] as LighthouseRun[]]));
      for (let round = 1; round <= runs; round++) {
        console.error(`  round ${round} of ${runs}`);
        for (const target of targets) results.get(target)!.push(await lighthouseRun(target.url, chrome.port));
      }
      const referenceLcp = median(results.get(reference)!.map((run) => run.lcp));
      const row = (name: string, runsOfPage: LighthouseRun[]) => {
        const m = (key: keyof LighthouseRun) => median(runsOfPage.map((run) => run[key]));
        return [
          name,
          m('performance'),
          m('accessibility'),
          m('bestPractices'),
          m('seo'),
          `${Math.round(m('fcp'))} ms`,
          `${Math.round(m('lcp'))} ms`,
          `${Math.round(m('tbt'))} ms`,
          m('cls').toFixed(3),
          `${(m('lcp') / referenceLcp).toFixed(2)}×`,
        ];
      };
      // The pages first, the reference last.
      for (const target of [...targets.slice(1), reference])
        lhRows.push(row(target.name, results.get(target)!));
    } finally {
      chrome.kill();
    }
    report.push(
      `## Lighthouse (mobile preset, median of ${runs} rounds; each round measures the reference, then every page)`,
      '',
      markdownTable(
        ['page', 'perf', 'a11y', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'LCP vs reference'],
        lhRows,
      ),
      '',
      `Target: 100/100/100/100 on every page, and LCP within 10% of the one-request reference (≤ 1.10×). Load average at the end: ${load()}.`,
      '',
    );
  } finally {
    await server.close();
    await referenceServer.close();
    rmSync(reference, { recursive: true, force: true });
  }
  // The suite's own times, from the last `npm run bench:tests` (it runs every test: too long to repeat here).
  const testTimes = join(root, 'bench/test-times.md');
  report.push(
    ...(existsSync(testTimes)
      ? [readFileSync(testTimes, 'utf8')]
      : ['## Test suite', '', 'Not measured yet: run `npm run bench:tests`.', '']),
  );
  const markdown = report.join('\n');
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/results.md'), markdown);
  console.log(markdown);
}

await main();
