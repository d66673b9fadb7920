import { describe, expect, test } from 'vitest';
import { pathAsMarkdown } from '../../../src/lib/path/pathMarkdown';

const link = (id: string) =>
  id === 'gone'
    ? undefined
    : { title: id === 'x' ? 'A [bracketed] title' : 'Deep Impact', url: `https://g.example/s/${id}/` };

describe('pathAsMarkdown', () => {
  test('writes the title, intro, numbered linked steps and quoted notes', () => {
    const md = pathAsMarkdown(
      {
        title: 'For Sam',
        intro: 'Read these first.',
        steps: [
          { id: 'deep-impact', note: 'Line one\nLine two' },
          { id: 'x', note: '' },
        ],
      },
      link,
      'https://g.example/path/#p=1zAA',
    );
    expect(md).toBe(
      [
        '# For Sam',
        '',
        'Read these first.',
        '',
        '1. [Deep Impact](https://g.example/s/deep-impact/)',
        '   > Line one',
        '   > Line two',
        '2. [A \\[bracketed\\] title](https://g.example/s/x/)',
        '',
        'Read it as one path: https://g.example/path/#p=1zAA',
        '',
      ].join('\n'),
    );
  });
  test('names an untitled path and shows an unknown step by its id', () => {
    expect(pathAsMarkdown({ title: ' ', intro: '', steps: [{ id: 'gone', note: '' }] }, link)).toBe(
      '# A reading path\n\n1. gone\n',
    );
  });
});
