import { describe, expect, test } from 'vitest';
import { anchorOf } from '../../src/lib/slugs';
import { tableOfContents } from '../../src/lib/toc';

describe('tableOfContents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: anchorOf(text) });
  test('is empty for a page with one section', () => expect(tableOfContents([h(2, 'Only')])).toEqual([]));
  test('lists second-level sections when there are two or more', () =>
    expect(tableOfContents([h(2, 'One'), h(3, 'Sub'), h(2, 'Two')]).map((s) => s.text)).toEqual([
      'One',
      'Two',
    ]));
  test('ignores the page title and deeper headings', () =>
    expect(tableOfContents([h(1, 'Title'), h(3, 'a'), h(3, 'b')])).toEqual([]));
});

describe('anchorOf', () => {
  test('slugs a question GitHub-style', () =>
    expect(anchorOf('What truly energizes you?')).toBe('what-truly-energizes-you'));
  test('keeps the same slug on every call (no hidden counter between calls)', () => {
    expect(anchorOf('Deep Impact')).toBe('deep-impact');
    expect(anchorOf('Deep Impact')).toBe('deep-impact');
  });
  test('drops curly quotes and keeps letters', () =>
    expect(anchorOf('There is no “right” answer')).toBe('there-is-no-right-answer'));
});
