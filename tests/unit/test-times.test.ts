import { describe, expect, test } from 'vitest';
import { fileTimes, readFileTimes } from '../../tools/lib/test-times';

describe('fileTimes', () => {
  const report = {
    numPassedTests: 3,
    numFailedTests: 0,
    testResults: [
      { name: '/repo/tests/unit/a.test.ts', startTime: 1_000, endTime: 1_500 },
      { name: '/repo/tests/e2e/b.test.ts', startTime: 1_000, endTime: 31_000 },
      { name: '/elsewhere/c.test.ts', startTime: 2_000, endTime: 2_500 },
    ],
  };

  test('gives each file its wall time in seconds, slowest first, ties by name', () => {
    expect(fileTimes(report, '/repo')).toEqual([
      { file: 'tests/e2e/b.test.ts', seconds: 30 },
      { file: '/elsewhere/c.test.ts', seconds: 0.5 },
      { file: 'tests/unit/a.test.ts', seconds: 0.5 },
    ]);
  });

  test('accepts the root with or without its trailing slash', () => {
    expect(fileTimes(report, '/repo/')).toEqual(fileTimes(report, '/repo'));
  });

  test('never gives a negative time for a file whose clock went backwards', () => {
    const [only] = fileTimes(
      { ...report, testResults: [{ name: '/repo/x.ts', startTime: 5, endTime: 4 }] },
      '/repo',
    );
    expect(only!.seconds).toBe(0);
  });
});

describe('readFileTimes', () => {
  test('reads back each file row of the table bench:tests writes, and nothing else', () => {
    const markdown = [
      '## Test suite (npm run bench:tests)',
      '',
      '| command | wall | result | target |',
      '| --- | ---: | --- | ---: |',
      '| npm test | 264 s | 978 passed, 0 failed | ≤ 180 s |',
      '',
      '| file (npm test) | seconds |',
      '| --- | ---: |',
      '| tests/e2e/gate-a11y.test.ts | 68.3 |',
      '| tests/unit/schema.test.ts | 0.1 |',
      '| tests/unit/weights.test.ts | 0 |',
    ].join('\n');
    expect(readFileTimes(markdown)).toEqual(
      new Map([
        ['tests/e2e/gate-a11y.test.ts', 68.3],
        ['tests/unit/schema.test.ts', 0.1],
        ['tests/unit/weights.test.ts', 0],
      ]),
    );
  });

  test('reads what fileTimes gave, once written as the bench writes it', () => {
    const written = fileTimes(
      {
        numPassedTests: 1,
        numFailedTests: 0,
        testResults: [{ name: '/repo/tests/e2e/b.test.ts', startTime: 0, endTime: 12_345 }],
      },
      '/repo',
    )
      .map(({ file, seconds }) => `| ${file} | ${seconds.toFixed(1)} |`)
      .join('\n');
    expect(readFileTimes(written)).toEqual(new Map([['tests/e2e/b.test.ts', 12.3]]));
  });
});
