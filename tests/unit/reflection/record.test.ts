import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/lib/reflection/answers';
import { decodeRecord, encodeRecord, RECORD_MAX } from '../../../src/lib/reflection/record';

const ids = ['energizes', 'five-years', 'let-go'];
const answers: Answers = {
  energizes: { position: 2, note: 'Línea 1\n“quotes” & <b>tags</b> 🚀' },
  'five-years': { position: 'unsure' },
  'let-go': { note: 'Only a note' },
};
const rejected = (text: string) => {
  const decoded = decodeRecord(text, ids);
  return decoded.ok ? 'accepted' : decoded.reason;
};

describe('encodeRecord / decodeRecord', () => {
  test('round-trips every kind of answer, notes byte for byte', () => {
    expect(decodeRecord(encodeRecord(answers), ids)).toEqual({ ok: true, answers });
  });
  test('writes the current version, compactly', () => {
    expect(encodeRecord({ 'let-go': { position: 4 } })).toBe('{"v":2,"a":{"let-go":{"p":4}}}');
  });
  test('round-trips a blank worksheet', () => {
    expect(decodeRecord(encodeRecord({}), ids)).toEqual({ ok: true, answers: {} });
  });
});

describe('decodeRecord migrates version 1', () => {
  test('turns positions into answers, 0 into “not sure yet”', () => {
    expect(decodeRecord('{"v":1,"p":{"energizes":5,"let-go":0}}', ids)).toEqual({ ok: true, answers: { energizes: { position: 5 }, 'let-go': { position: 'unsure' } } });
  });
  test('re-encodes a migrated record as the current version', () => {
    const migrated = decodeRecord('{"v":1,"p":{"five-years":3}}', ids);
    expect(migrated.ok && encodeRecord(migrated.answers)).toBe('{"v":2,"a":{"five-years":{"p":3}}}');
  });
  test('still checks version 1 values', () => {
    expect(rejected('{"v":1,"p":{"energizes":6}}')).toMatch(/outside the scale/);
    expect(rejected('{"v":1,"p":{"energizes":"5"}}')).toMatch(/outside the scale/);
    expect(rejected('{"v":1,"a":{}}')).toMatch(/unknown format/);
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
    ['an unknown version', '{"v":3,"a":{}}', /unknown version/],
    ['a version given as text', '{"v":"2","a":{}}', /unknown version/],
    ['no version', '{"a":{}}', /unknown version/],
    ['an extra top-level field', '{"v":2,"a":{},"x":1}', /unknown format/],
    ['answers that are an array', '{"v":2,"a":[]}', /unknown format/],
    ['an unknown question id', '{"v":2,"a":{"salary":{"p":1}}}', /question this guide does not have/],
    ['a __proto__ key', '{"v":2,"a":{"__proto__":{"p":1}}}', /question this guide does not have/],
    ['a constructor key', '{"v":2,"a":{"constructor":{"p":1}}}', /question this guide does not have/],
    ['an answer that is a string', '{"v":2,"a":{"energizes":"technical"}}', /expected form/],
    ['an extra field in an answer', '{"v":2,"a":{"energizes":{"p":1,"html":"<b>"}}}', /expected form/],
    ['a position of 0', '{"v":2,"a":{"energizes":{"p":0}}}', /outside the scale/],
    ['a position of 6', '{"v":2,"a":{"energizes":{"p":6}}}', /outside the scale/],
    ['a fractional position', '{"v":2,"a":{"energizes":{"p":2.5}}}', /outside the scale/],
    ['a position given as text', '{"v":2,"a":{"energizes":{"p":"2"}}}', /outside the scale/],
    ['a position that is markup', '{"v":2,"a":{"energizes":{"p":"<img src=x onerror=alert(1)>"}}}', /outside the scale/],
    ['a note that is not text', '{"v":2,"a":{"energizes":{"n":{"html":"<b>"}}}}', /not text/],
    ['a note over the length limit', `{"v":2,"a":{"energizes":{"n":"${'x'.repeat(1001)}"}}}`, /too long/],
    ['a record over the size cap', `{"v":2,"a":{}${' '.repeat(RECORD_MAX)}}`, /too large/],
  ])('%s', (_, text, reason) => {
    expect(rejected(text)).toMatch(reason);
  });

  test('keeps script tags and entities in a note as the exact text they are', () => {
    const note = '<script>alert("x")</script> &amp; &#60;b&#62; \u202e';
    expect(decodeRecord(encodeRecord({ energizes: { note } }), ids)).toEqual({ ok: true, answers: { energizes: { note } } });
  });
  test('leaves Object.prototype untouched by a __proto__ payload', () => {
    decodeRecord('{"v":2,"a":{"__proto__":{"polluted":true}}}', ids);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test('drops entries that hold nothing (blank note, no position)', () => {
    expect(decodeRecord('{"v":2,"a":{"energizes":{},"let-go":{"n":"  "}}}', ids)).toEqual({ ok: true, answers: {} });
  });
});
