import { describe, expect, test } from 'vitest';
import { markdownCitation } from '../../src/lib/citation';
import { encodeTextDirective, textFragmentOf } from '../../src/lib/textFragment';

describe('markdownCitation', () => {
  const url = 'https://de-or-director.example/technical-track/cons/political-vulnerability/';
  test('cites a page by its title and the site’s name', () =>
    expect(markdownCitation({ title: 'Political Vulnerability', siteName: 'DE or Director?', url })).toBe(
      '[Political Vulnerability — DE or Director?](https://de-or-director.example/technical-track/cons/political-vulnerability/)',
    ));
  test('names the page a section is on', () =>
    expect(
      markdownCitation({
        title: 'On the other track',
        pageTitle: 'Political Vulnerability',
        siteName: 'DE or Director?',
        url: `${url}#on-the-other-track`,
      }),
    ).toBe(`[On the other track — Political Vulnerability — DE or Director?](${url}#on-the-other-track)`));
  test('does not repeat a title that is the page’s own', () =>
    expect(markdownCitation({ title: 'A', pageTitle: 'A', siteName: 'S', url: 'https://x/' })).toBe(
      '[A — S](https://x/)',
    ));
  test('escapes brackets and backslashes in the text', () =>
    expect(markdownCitation({ title: 'Why [not] a\\b?', siteName: 'S', url: 'https://x/' })).toBe(
      '[Why \\[not\\] a\\\\b? — S](https://x/)',
    ));
  test('percent-encodes parentheses and spaces that would end the link early', () =>
    expect(markdownCitation({ title: 'A', siteName: 'S', url: 'https://x/a (b)/' })).toBe(
      '[A — S](https://x/a%20%28b%29/)',
    ));
});

describe('encodeTextDirective', () => {
  test('encodes commas, which separate a start from an end', () =>
    expect(encodeTextDirective('one, two')).toBe('one%2C%20two'));
  test('encodes hyphens, which mark a prefix or suffix', () =>
    expect(encodeTextDirective('soft-power')).toBe('soft%2Dpower'));
  test('encodes ampersands, which separate directives', () =>
    expect(encodeTextDirective('a & b')).toBe('a%20%26%20b'));
  test('encodes straight and curly quotes and apostrophes', () =>
    expect(encodeTextDirective(`“right” it's`)).toBe('%E2%80%9Cright%E2%80%9D%20it%27s'));
  test('encodes dashes and other non-ASCII text as UTF-8', () =>
    expect(encodeTextDirective('role—a Director é')).toBe('role%E2%80%94a%20Director%20%C3%A9'));
  test('round-trips through decodeURIComponent', () => {
    const text = `It’s a “hybrid” role—a Director, for instance-ish (really) & more!`;
    expect(decodeURIComponent(encodeTextDirective(text))).toBe(text);
  });
});

describe('textFragmentOf', () => {
  test('links a short selection exactly, after the section id', () =>
    expect(textFragmentOf('political-vulnerability', 'a soft power')).toBe(
      'political-vulnerability:~:text=a%20soft%20power',
    ));
  test('collapses line breaks and runs of spaces in the selection', () =>
    expect(textFragmentOf('x', '  a\n  soft\tpower ')).toBe('x:~:text=a%20soft%20power'));
  test('links a long selection by its first and last words', () => {
    const long =
      'You succeed through influence, which is a soft power. If a leader with direct control (like a Director or VP) decides to re-organize and claim your work';
    expect(textFragmentOf('x', long)).toBe(
      'x:~:text=You%20succeed%20through%20influence%2C,and%20claim%20your%20work',
    );
  });
  test('falls back to the plain section id for an empty selection', () =>
    expect(textFragmentOf('x', ' \n ')).toBe('x'));
});
