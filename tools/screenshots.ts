// Screenshots of built pages at phone and desktop width, light and dark, for looking at
// what we built: node tools/screenshots.ts [path ...]  → screenshots/*.png
// STORE='{"reflection-answers": "…"}' seeds this browser's localStorage first (a reader's
// saved answers and weights); SCROLL='.rf-bal' scrolls that element into view and waits for
// the worksheet's code; FULL=1 takes the whole page.
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['/', '/technical-track/cons/political-vulnerability/'];
const server = await serveStatic('dist');
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
  for (const path of paths) {
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme });
        const store = JSON.parse(process.env.STORE ?? '{}') as Record<string, string>;
        await page.addInitScript((entries) => {
          if (location.protocol.startsWith('http'))
            for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
        }, store);
        await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
        if (process.env.SCROLL) {
          await page.locator(process.env.SCROLL).first().scrollIntoViewIfNeeded();
          await page.waitForFunction(() => customElements.get('reflection-worksheet'));
          await page.waitForTimeout(500);
          await page.locator(process.env.SCROLL).first().scrollIntoViewIfNeeded();
        }
        const name = `${path.replace(/\W+/g, '_').slice(0, 40) || 'home'}-${width}-${scheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: process.env.FULL === '1' });
        console.log(`screenshots/${name}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
