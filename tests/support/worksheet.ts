import type { Page } from 'playwright-core';

/** The localStorage key of the worksheet's record. */
export const KEY = 'reflection-answers';

/** Matches the island's code, to delay it as a slow network would. */
export const ISLAND = /\/_astro\/reflection-worksheet[^/]*\.js$/;

/**
 * Brings the island in as a reader would (scrolling the question worksheet into view, or
 * changing a weighing control, which loads on the first change) and waits for it to run.
 */
export async function ready(page: Page) {
  const questions = page.locator('reflection-worksheet:not([data-lazy])');
  if (await questions.count()) await questions.first().scrollIntoViewIfNeeded();
  else await page.locator('reflection-worksheet').first().dispatchEvent('input');
  await page.waitForFunction(() => customElements.get('reflection-worksheet') !== undefined);
}

export const islandRan = (page: Page) =>
  page.evaluate(() => customElements.get('reflection-worksheet') !== undefined);
export const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/** The stored record without its times (when each answer changed), and without cleared entries. */
export async function storedAnswers(page: Page) {
  const record = JSON.parse((await stored(page)) ?? 'null') as {
    v: number;
    a: Record<string, Record<string, unknown>>;
  } | null;
  if (!record) return null;
  const a = Object.entries(record.a)
    .map(([id, { t: _t, ...answer }]) => [id, answer] as const)
    .filter(([, answer]) => Object.keys(answer).length);
  return { v: record.v, a: Object.fromEntries(a) };
}

export const radio = (page: Page, id: string, value: string) =>
  page.locator(`input[name="${id}"][value="${value}"]`);
export const note = (page: Page, id: string) => page.locator(`textarea[name="${id}-note"]`);

/** A share fragment built the way the island builds it (base64url of the UTF-8 record). */
export function fragmentOf(record: unknown): string {
  return `#answers=${Buffer.from(JSON.stringify(record)).toString('base64url')}`;
}

/** Holds back every request for the island's code until `release()`: a slow network. */
export async function delayIsland(page: Page) {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(ISLAND, async (route) => {
    await arrived;
    await route.continue();
  });
  return release;
}
