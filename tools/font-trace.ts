/**
 * What a page's fonts cost its first layout, from Chromium's own trace:
 *
 *   npm run font-trace -- /technical-track/pros/deep-impact/ [/compare/ …]   (RUNS=5, DIST=dist)
 *
 * Every size of every face a page draws, regular or bold, is a "strike" Chromium resolves
 * before the text can be laid out; on Linux each is a round trip to the browser process. For
 * each page this prints, as the mean over RUNS fresh loads at phone width, the strikes resolved
 * and the traced time of font lookups, strike lookups and text shaping (all on the main
 * thread, all before the first paint of a one-request page). Build first.
 */
import { resolve } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { root } from './lib/paths.ts';
import { serveStatic } from './lib/static-server.ts';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
}

/** The trace events summed, by what they are to a reader of this tool. */
const measures = {
  'strikes resolved': 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
  'font lookups (ms)': 'FontCache::GetFontPlatformData',
  'strike lookups (ms)': 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
  'text shaping (ms)': 'InlineNode::ShapeTextIncludingFirstLine',
} as const;

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const runs = Number(process.env['RUNS'] ?? 5);
const server = await serveStatic(resolve(root, process.env['DIST'] ?? 'dist'), '/', { gzip: true });
const browser = await launchChromium();
try {
  for (const path of paths) {
    const totals = Object.fromEntries(Object.keys(measures).map((label) => [label, 0]));
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await browser.startTracing(page, { categories: ['fonts', 'blink'] });
      await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'load' });
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: TraceEvent[];
      };
      await context.close();
      for (const [label, name] of Object.entries(measures)) {
        const events = traceEvents.filter((event) => event.ph === 'X' && event.name === name);
        totals[label]! += label.endsWith('(ms)')
          ? events.reduce((sum, event) => sum + (event.dur ?? 0) / 1000, 0)
          : events.length;
      }
    }
    console.log(
      `${path}: ${Object.entries(totals)
        .map(([label, total]) => `${label} ${(total / runs).toFixed(1)}`)
        .join(', ')}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
