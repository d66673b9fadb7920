import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/lib/reflection/answers';
import { decodeRecord, encodeRecord, RECORD_MAX } from '../../../src/lib/reflection/record';
import type { Sheet } from '../../../src/lib/reflection/sheet';

const known = {
  ids: ['energizes', 'five-years', 'let-go'],
  points: ['technical-track/pros/deep-impact', 'management-track/cons/less-technical'],
};
const NOW = 1_764_000_000_000;
const answers: Answers = {
  energizes: { position: 2, note: 'Línea 1\n“quotes” & <b>tags</b> 🚀' },
  'five-years': { position: 'unsure' },
  'let-go': { note: 'Only a note' },
  'technical-track/pros/deep-impact': { weight: 3 },
  'management-track/cons/less-technical': { weight: 0 },
};
const sheet: Sheet = {
  answers,
  times: {
    energizes: NOW - 5,
    'five-years': NOW - 4,
    'let-go': NOW - 3,
    'technical-track/pros/deep-impact': NOW - 2,
    'management-track/cons/less-technical': NOW - 1,
  },
};
const untimed = (a: Answers): Sheet => ({ answers: a, times: {} });
const decoded = (text: string) => decodeRecord(text, known, NOW);
const rejected = (text: string) => {
  const result = decoded(text);
  return result.ok ? 'accepted' : result.reason;
};

describe('encodeRecord / decodeRecord', () => {
  test('round-trips every kind of answer and weight with its time, notes byte for byte', () => {
    expect(decoded(encodeRecord(sheet))).toEqual({ ok: true, sheet });
  });
  test('writes the current version, compactly, weights by page id', () => {
    expect(
      encodeRecord({
        answers: { 'let-go': { position: 4 }, 'technical-track/pros/deep-impact': { weight: 2 } },
        times: { 'let-go': 7, 'technical-track/pros/deep-impact': 8 },
      }),
    ).toBe('{"v":3,"a":{"let-go":{"p":4,"t":7},"technical-track/pros/deep-impact":{"w":2,"t":8}}}');
  });
  test('keeps a cleared answer as its time alone, so the clearing can win a merge', () => {
    const cleared: Sheet = { answers: {}, times: { energizes: 9 } };
    expect(encodeRecord(cleared)).toBe('{"v":3,"a":{"energizes":{"t":9}}}');
    expect(decoded(encodeRecord(cleared))).toEqual({ ok: true, sheet: cleared });
  });
  test('leaves the times out when asked (share links)', () => {
    expect(encodeRecord(sheet, { timed: false })).not.toMatch(/"t":/);
    expect(decoded(encodeRecord(sheet, { timed: false }))).toEqual({ ok: true, sheet: untimed(answers) });
  });
  test('round-trips a blank worksheet', () => {
    expect(decoded(encodeRecord(untimed({})))).toEqual({ ok: true, sheet: untimed({}) });
  });
  test('takes a time from the future as now, so it cannot outvote every later edit', () => {
    expect(decoded('{"v":3,"a":{"energizes":{"p":1,"t":99999999999999}}}')).toEqual({
      ok: true,
      sheet: { answers: { energizes: { position: 1 } }, times: { energizes: NOW } },
    });
  });
});

describe('decodeRecord migrates older versions', () => {
  test('version 2 (written by the build before weighing): every answer and note kept, with no time', () => {
    const today =
      '{"v":2,"a":{"energizes":{"p":2,"n":"I still review every pull request."},"let-go":{"p":"unsure"}}}';
    expect(decoded(today)).toEqual({
      ok: true,
      sheet: untimed({
        energizes: { position: 2, note: 'I still review every pull request.' },
        'let-go': { position: 'unsure' },
      }),
    });
  });
  test('version 1: turns positions into answers, 0 into “not sure yet”', () => {
    expect(decoded('{"v":1,"p":{"energizes":5,"let-go":0}}')).toEqual({
      ok: true,
      sheet: untimed({ energizes: { position: 5 }, 'let-go': { position: 'unsure' } }),
    });
  });
  test('re-encodes a migrated record as the current version', () => {
    const migrated = decoded('{"v":1,"p":{"five-years":3}}');
    expect(migrated.ok && encodeRecord(migrated.sheet)).toBe('{"v":3,"a":{"five-years":{"p":3}}}');
  });
  test('still checks older values, and knows no weights before version 3', () => {
    expect(rejected('{"v":1,"p":{"energizes":6}}')).toMatch(/outside the scale/);
    expect(rejected('{"v":1,"p":{"energizes":"5"}}')).toMatch(/outside the scale/);
    expect(rejected('{"v":1,"a":{}}')).toMatch(/unknown format/);
    expect(rejected('{"v":2,"a":{"energizes":{"p":1,"t":5}}}')).toMatch(/expected form/);
    expect(rejected('{"v":2,"a":{"technical-track/pros/deep-impact":{"w":1}}}')).toMatch(/does not have/);
  });
});

describe('decodeRecord rejects poisoned weights as a whole', () => {
  test.each([
    [
      'a weight above the four steps',
      '{"v":3,"a":{"technical-track/pros/deep-impact":{"w":4}}}',
      /outside the four steps/,
    ],
    [
      'a negative weight',
      '{"v":3,"a":{"technical-track/pros/deep-impact":{"w":-1}}}',
      /outside the four steps/,
    ],
    [
      'a weight given as text',
      '{"v":3,"a":{"technical-track/pros/deep-impact":{"w":"2"}}}',
      /outside the four steps/,
    ],
    [
      'a weight that is markup',
      '{"v":3,"a":{"technical-track/pros/deep-impact":{"w":"<b>3</b>"}}}',
      /outside the four steps/,
    ],
    [
      'a fractional weight',
      '{"v":3,"a":{"technical-track/pros/deep-impact":{"w":1.5}}}',
      /outside the four steps/,
    ],
    ['an unknown page id', '{"v":3,"a":{"technical-track/pros/salary":{"w":1}}}', /does not have/],
    ['a __proto__ page id', '{"v":3,"a":{"__proto__":{"w":1}}}', /does not have/],
    [
      'a position on a pro or con',
      '{"v":3,"a":{"technical-track/pros/deep-impact":{"p":1}}}',
      /expected form/,
    ],
    ['a weight on a question', '{"v":3,"a":{"energizes":{"w":1}}}', /expected form/],
    ['a time that is text', '{"v":3,"a":{"energizes":{"p":1,"t":"yesterday"}}}', /not a time/],
    ['a negative time', '{"v":3,"a":{"energizes":{"p":1,"t":-1}}}', /not a time/],
  ])('%s', (_, text, reason) => {
    expect(rejected(text)).toMatch(reason);
  });
});

describe('decodeRecord rejects hostile or broken input as a whole', () => {
  test.each([
    ['truncated JSON', '{"v":2,"a":', /not valid data/],
    ['not JSON at all', '<script>alert(1)</script>', /not valid data/],
    ['an HTML-entity soup', '&lt;script&gt;alert(1)&lt;/script&gt;', /not valid data/],
    ['an empty string', '', /not valid data/],
    ['a bare string', '"hello"', /unknown format/],
    ['null', 'null', /unknown format/],
    ['an array', '[2,{}]', /unknown format/],
    ['an unknown version', '{"v":4,"a":{}}', /unknown version/],
    ['a version given as text', '{"v":"2","a":{}}', /unknown version/],
    ['no version', '{"a":{}}', /unknown version/],
    ['an extra top-level field', '{"v":2,"a":{},"x":1}', /unknown format/],
    ['answers that are an array', '{"v":2,"a":[]}', /unknown format/],
    [
      'an unknown question id',
      '{"v":2,"a":{"salary":{"p":1}}}',
      /question or a pro\/con this guide does not have/,
    ],
    [
      'a __proto__ key',
      '{"v":2,"a":{"__proto__":{"p":1}}}',
      /question or a pro\/con this guide does not have/,
    ],
    [
      'a constructor key',
      '{"v":2,"a":{"constructor":{"p":1}}}',
      /question or a pro\/con this guide does not have/,
    ],
    ['an answer that is a string', '{"v":2,"a":{"energizes":"technical"}}', /expected form/],
    ['an extra field in an answer', '{"v":2,"a":{"energizes":{"p":1,"html":"<b>"}}}', /expected form/],
    ['a position of 0', '{"v":2,"a":{"energizes":{"p":0}}}', /outside the scale/],
    ['a position of 6', '{"v":2,"a":{"energizes":{"p":6}}}', /outside the scale/],
    ['a fractional position', '{"v":2,"a":{"energizes":{"p":2.5}}}', /outside the scale/],
    ['a position given as text', '{"v":2,"a":{"energizes":{"p":"2"}}}', /outside the scale/],
    [
      'a position that is markup',
      '{"v":2,"a":{"energizes":{"p":"<img src=x onerror=alert(1)>"}}}',
      /outside the scale/,
    ],
    ['a note that is not text', '{"v":2,"a":{"energizes":{"n":{"html":"<b>"}}}}', /not text/],
    ['a note over the length limit', `{"v":2,"a":{"energizes":{"n":"${'x'.repeat(1001)}"}}}`, /too long/],
    ['a record over the size cap', `{"v":2,"a":{}${' '.repeat(RECORD_MAX)}}`, /too large/],
  ])('%s', (_, text, reason) => {
    expect(rejected(text)).toMatch(reason);
  });

  test('keeps script tags and entities in a note as the exact text they are', () => {
    const note = '<script>alert("x")</script> &amp; &#60;b&#62; \u202e';
    expect(decoded(encodeRecord(untimed({ energizes: { note } })))).toEqual({
      ok: true,
      sheet: untimed({ energizes: { note } }),
    });
  });
  test('leaves Object.prototype untouched by a __proto__ payload', () => {
    decoded('{"v":2,"a":{"__proto__":{"polluted":true}}}');
    decoded('{"v":3,"a":{"__proto__":{"w":1}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test('drops entries that hold nothing (blank note, no position)', () => {
    expect(decoded('{"v":2,"a":{"energizes":{},"let-go":{"n":"  "}}}')).toEqual({
      ok: true,
      sheet: untimed({}),
    });
  });
});
