import { expect, test } from 'vitest';
import { markdownTable } from '../../tools/lib/markdown-table';

test('a header row, the first column left-aligned and the figures right-aligned, then a line a row', () => {
  expect(
    markdownTable(
      ['page', 'bytes', 'requests'],
      [
        ['/', '12.3 KB', 1],
        ['/read/', '25.0 KB', 2],
      ],
    ),
  ).toBe(
    [
      '| page | bytes | requests |',
      '| --- | ---: | ---: |',
      '| / | 12.3 KB | 1 |',
      '| /read/ | 25.0 KB | 2 |',
    ].join('\n'),
  );
});

test('a table with no rows is its header alone', () => {
  expect(markdownTable(['file', 'seconds'], [])).toBe('| file | seconds |\n| --- | ---: |');
});
