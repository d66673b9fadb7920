import { launchChromium } from './tests/support/chromium.ts';
import { serveStatic } from './tests/support/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  const page = await ctx.newPage();
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(new URL('technical-track/#political-vulnerability', server.url).href);
  await page.waitForTimeout(300);
  console.log('focused:', await page.evaluate(() => document.activeElement?.id), 'top', await page.evaluate(() => document.activeElement?.getBoundingClientRect().top));
  await page.screenshot({ path: '/tmp/deeplinks-landed.png' });
  await page.hover('#cons');
  await page.screenshot({ path: '/tmp/deeplinks-hover.png' });
  await page.click('#cons button[data-share=link]');
  await page.waitForTimeout(300);
  console.log('clipboard:', await page.evaluate(() => navigator.clipboard.readText()));
  console.log('status:', await page.textContent('section-share [role=status]'));
  await page.click('#cons button[data-share=cite]');
  await page.waitForTimeout(300);
  console.log('clipboard:', await page.evaluate(() => navigator.clipboard.readText()));
  await page.click('#political-vulnerability button[data-share=link]', { force: true });
  await page.waitForTimeout(300);
  console.log('clipboard:', await page.evaluate(() => navigator.clipboard.readText()));
} finally {
  await browser.close();
  await server.close();
}
