import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readingOrder } from '../../src/lib/readingOrder';
import { realGuidePages } from './guide-pages';
import { radio, ready, storedAnswers } from './worksheet';

/** Pages weighed in the weighing tests, by id. */
export const DEEP = 'technical-track/pros/deep-impact';
export const BROAD = 'technical-track/pros/broad-influence';
export const POLITICAL = 'technical-track/cons/political-vulnerability';
export const UNCLEAR = 'technical-track/cons/unclear-promotion-path';
export const CONTROL = 'management-track/pros/direct-control-and-ownership';
export const SCALABLE = 'management-track/pros/scalable-impact';
export const LESS = 'management-track/cons/less-technical';
/** The ten pros and cons, by page id, in reading order. */
export const PROS_AND_CONS = readingOrder(realGuidePages())
  .filter((page) => page.data.kind === 'pro' || page.data.kind === 'con')
  .map((page) => page.id);
export const weigh = (page: Page, id: string, weight: number) => radio(page, id, String(weight)).check();
export const balanceText = (page: Page) => page.locator('.rf-bal').innerText();

/** Weighs four points on their own pages and three in the compare table, as a reader would. */
export async function weighSeven(page: Page, urlOf: (path: string) => string) {
  for (const [id, weight] of [
    [DEEP, 3],
    [BROAD, 1],
    [UNCLEAR, 2],
    [LESS, 3],
  ] as const) {
    await page.goto(urlOf(`/${id}/`));
    await ready(page);
    await weigh(page, id, weight);
    await expect
      .poll(() => page.locator('reflection-worksheet[data-lazy] .rf-status').textContent())
      .toBe('Saved in this browser.');
  }
  await page.goto(urlOf('/compare/'));
  await ready(page);
  await weigh(page, CONTROL, 2);
  await weigh(page, SCALABLE, 1);
  await weigh(page, POLITICAL, 0);
  await expect
    .poll(() => storedAnswers(page))
    .toEqual({
      v: 3,
      a: {
        [DEEP]: { w: 3 },
        [BROAD]: { w: 1 },
        [UNCLEAR]: { w: 2 },
        [LESS]: { w: 3 },
        [CONTROL]: { w: 2 },
        [SCALABLE]: { w: 1 },
        [POLITICAL]: { w: 0 },
      },
    });
}

/** What the seven weights add up to, as the balance states it. */
export const SEVEN = [
  'Technical track: pros 4, cons 2',
  'Management track: pros 3, cons 3',
  'Weighing most for you: Deep impact and Less technical (it decides it for me).',
  'By these weights, the technical track’s pros outweigh its cons by more than the management track’s do.',
  'Three of the ten points are still unweighed.',
];
