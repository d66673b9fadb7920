// Screenshots of built pages at phone and desktop width, light and dark, for looking at
// what we built: node tools/screenshots.ts [path ...]  → screenshots/*.png
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
        await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
        const name = `${path.replace(/\W+/g, '_') || 'home'}-${width}-${scheme}.png`;
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
