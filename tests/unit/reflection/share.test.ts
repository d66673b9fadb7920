import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/lib/reflection/answers';
import {
  decodeShareFragment,
  isShareFragment,
  SHARE_MAX,
  shareFragment,
} from '../../../src/lib/reflection/share';

const known = { ids: ['energizes', 'five-years', 'let-go'], points: ['technical-track/pros/deep-impact'] };
const sheetOf = (answers: Answers) => ({ answers, times: {} });
const base64url = (text: string) => Buffer.from(text).toString('base64url');
const outcome = (hash: string) => {
  const decoded = decodeShareFragment(hash, known);
  return decoded.ok ? decoded.sheet.answers : decoded.reason;
};

describe('shareFragment / decodeShareFragment', () => {
  test('round-trips answers and weights, notes in any script included', () => {
    const answers: Answers = {
      energizes: { position: 1, note: 'Ünïcödé “quotes” 漢字 🚀\nsecond line' },
      'let-go': { position: 'unsure' },
      'technical-track/pros/deep-impact': { weight: 2 },
    };
    const hash = shareFragment(sheetOf(answers));
    expect(hash).toMatch(/^#answers=[A-Za-z0-9_-]+$/);
    expect(outcome(hash)).toEqual(answers);
  });
  test('uses only characters that survive being pasted into a chat (no +, / or =)', () => {
    expect(
      shareFragment(sheetOf({ energizes: { note: '>>>???~~~' } })).slice('#answers='.length),
    ).not.toMatch(/[+/=]/);
  });
  test('is the same base64url any tool would produce, and carries no times', () => {
    expect(shareFragment({ answers: { 'let-go': { position: 4 } }, times: { 'let-go': 123 } })).toBe(
      `#answers=${base64url('{"v":3,"a":{"let-go":{"p":4}}}')}`,
    );
  });
  test('accepts a link made by the build before weighing (version 2)', () => {
    expect(outcome(`#answers=${base64url('{"v":2,"a":{"let-go":{"p":4,"n":"x"}}}')}`)).toEqual({
      'let-go': { position: 4, note: 'x' },
    });
  });
  test('accepts a link that carries only weights', () => {
    expect(
      outcome(`#answers=${base64url('{"v":3,"a":{"technical-track/pros/deep-impact":{"w":0}}}')}`),
    ).toEqual({ 'technical-track/pros/deep-impact': { weight: 0 } });
  });
  test('accepts a version 1 record, migrated', () => {
    expect(outcome(`#answers=${base64url('{"v":1,"p":{"energizes":2}}')}`)).toEqual({
      energizes: { position: 2 },
    });
  });
});

describe('isShareFragment', () => {
  test('recognises share fragments and nothing else', () => {
    expect([
      isShareFragment('#answers=abc'),
      isShareFragment('#what-truly-energizes-you'),
      isShareFragment(''),
    ]).toEqual([true, false, false]);
  });
});

describe('decodeShareFragment rejects hostile or broken links with a reason', () => {
  test.each([
    ['an empty payload', '#answers=', /holds no answers/],
    ['a record with no answers', `#answers=${base64url('{"v":2,"a":{}}')}`, /holds no answers/],
    ['invalid base64 characters', '#answers=%%%not-base64%%%', /damaged \(not base64url\)/],
    [
      'standard base64 padding and slashes',
      `#answers=${Buffer.from('{"v":2}').toString('base64')}==/+`,
      /damaged \(not base64url\)/,
    ],
    ['an impossible base64 length', '#answers=abcde', /damaged \(not base64url\)/],
    ['a raw script tag', '#answers=<script>alert(1)</script>', /damaged \(not base64url\)/],
    ['percent-encoded markup', '#answers=%3Cscript%3E', /damaged \(not base64url\)/],
    [
      'bytes that are not UTF-8',
      `#answers=${Buffer.from([0xff, 0xfe, 0xfd]).toString('base64url')}`,
      /damaged \(not text\)/,
    ],
    ['base64 of a script tag', `#answers=${base64url('<script>alert(1)</script>')}`, /not valid data/],
    [
      'base64 of HTML entities',
      `#answers=${base64url('&lt;img src=x onerror=alert(1)&gt;')}`,
      /not valid data/,
    ],
    ['base64 of truncated JSON', `#answers=${base64url('{"v":2,"a":{"energizes"')}`, /not valid data/],
    ['an unknown question id', `#answers=${base64url('{"v":2,"a":{"salary":{"p":1}}}')}`, /does not have/],
    [
      'a position outside the scale',
      `#answers=${base64url('{"v":2,"a":{"energizes":{"p":9}}}')}`,
      /outside the scale/,
    ],
    ['an unknown version', `#answers=${base64url('{"v":7,"a":{"energizes":{"p":1}}}')}`, /unknown version/],
    [
      'a very long note',
      `#answers=${base64url(`{"v":2,"a":{"energizes":{"n":"${'a'.repeat(5000)}"}}}`)}`,
      /note is too long/,
    ],
    ['a payload over the size cap', `#answers=${'A'.repeat(SHARE_MAX + 4)}`, /too long/],
  ])('%s', (_, hash, reason) => {
    expect(outcome(hash)).toMatch(reason);
  });

  test('keeps markup in a shared note as plain text', () => {
    const note = '<script>alert(1)</script><img src=x onerror=alert(2)> &amp;';
    expect(outcome(shareFragment(sheetOf({ energizes: { note } })))).toEqual({ energizes: { note } });
  });
});
