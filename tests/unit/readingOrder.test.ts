import { describe, expect, test } from 'vitest';
import { neighboursOf, readingOrder } from '../../src/lib/readingOrder';
import { pathOf } from '../../src/lib/routes';
import { fakePage, realGuidePages } from '../support/guide-pages';
import { readingOrderPaths } from '../support/url-map';

const pages = realGuidePages();

describe('readingOrder', () => {
  test('puts the real guide in its reading order', () => {
    expect(readingOrder(pages).map((page) => pathOf(page.id))).toEqual(readingOrderPaths);
  });
  test('does not reorder its input', () => {
    const input = [fakePage('b', { order: 2 }), fakePage('a', { order: 1 })];
    readingOrder(input);
    expect(input.map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('neighboursOf', () => {
  test('returns no previous page for the first page', () => {
    const { prev, next } = neighboursOf(pages, 'index');
    expect(prev).toBeUndefined();
    expect(next?.id).toBe('technical-track');
  });
  test('returns undefined after the last page', () => {
    const { prev, next } = neighboursOf(pages, 'reflection');
    expect(prev?.id).toBe('third-way');
    expect(next).toBeUndefined();
  });
  test('crosses from one track to the other', () => {
    expect(neighboursOf(pages, 'technical-track/cons/unclear-promotion-path').next?.id).toBe(
      'management-track',
    );
  });
  test('throws for an id that is not in the guide', () => {
    expect(() => neighboursOf(pages, 'nope')).toThrow(/no guide page with id "nope"/);
  });
});
