import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { toBase64url } from '../../../src/lib/path/base64url';
import {
  decodePathFragment,
  isPathFragment,
  PAYLOAD_MAX,
  pathFragment,
} from '../../../src/lib/path/pathLink';
import {
  INTRO_MAX,
  NOTE_MAX,
  STEPS_MAX,
  TITLE_MAX,
  type ReadingPath,
} from '../../../src/lib/path/readingPath';

const ids = [
  'deep-impact',
  'broad-influence',
  'political-vulnerability',
  'unclear-promotion-path',
  'scalable-impact',
  'less-technical',
  'different-skill-set',
  'a-third-way',
  'what-truly-energizes-you',
  'are-you-willing-to-let-go',
];
/** A mentor's typical path: ten steps, one sentence of note each. */
const tenSteps: ReadingPath = {
  title: 'Before our next 1:1: DE or Director?',
  intro:
    'A short path through the guide for Thursday. Read it in order, answer the questions, and send me your answers.',
  steps: ids.map((id, i) => ({
    id,
    note: `Step ${i + 1}: notice how this plays out in your own platform work this quarter.`,
  })),
};
const utf8 = (text: string) => toBase64url(new TextEncoder().encode(text));
const raw = (values: unknown) => `#p=1j${utf8(JSON.stringify(values))}`;
const deflated = (values: unknown) => `#p=1z${toBase64url(deflateRawSync(JSON.stringify(values)))}`;

describe('pathFragment and decodePathFragment', () => {
  test('round-trip a path with notes, exactly', async () => {
    const decoded = await decodePathFragment(await pathFragment(tenSteps));
    expect(decoded).toEqual({ path: tenSteps, problems: [], readable: true });
  });

  test('a ten-step path with a sentence of note per step fits in a chat message (≤ 2,000 characters)', async () => {
    const fragment = await pathFragment(tenSteps);
    expect(fragment.startsWith('#p=1z')).toBe(true);
    expect(`https://de-or-director.example/path/${fragment}`.length).toBeLessThanOrEqual(2000);
  });

  test('keep markup, entities, quotes and any script as typed text', async () => {
    const hostile: ReadingPath = {
      title: '<img src=x onerror=alert(1)> &amp; “quotes”',
      intro: '</script><script>alert(1)</script>\n\nSecond paragraph — ünïcödé 🎯',
      steps: [{ id: 'deep-impact', note: '"]}\\u0000 <b>bold</b>' }],
    };
    expect((await decodePathFragment(await pathFragment(hostile))).path).toEqual(hostile);
  });

  test('read an unpacked (j) link as well as a deflated (z) one', async () => {
    const values = ['T', 'I', 'deep-impact', 'n'];
    const want = { title: 'T', intro: 'I', steps: [{ id: 'deep-impact', note: 'n' }] };
    expect((await decodePathFragment(raw(values))).path).toEqual(want);
    expect((await decodePathFragment(deflated(values))).path).toEqual(want);
  });

  test('recognise path fragments, valid or not', () => {
    expect(isPathFragment('#p=1zAA')).toBe(true);
    expect(isPathFragment('#p=')).toBe(true);
    expect(isPathFragment('#answers=x')).toBe(false);
  });
});

describe('decodePathFragment on broken and hostile links', () => {
  const unreadable = async (hash: string, message: RegExp) => {
    const decoded = await decodePathFragment(hash);
    expect(decoded.readable).toBe(false);
    expect(decoded.path.steps).toEqual([]);
    expect(decoded.problems.join(' ')).toMatch(message);
  };

  test('an empty fragment says it holds no path', () => unreadable('#p=', /holds no reading path/));
  test('an unknown version says it cannot be opened here', () =>
    unreadable('#p=9zAAAA', /newer or unknown version/));
  test('an unknown packing says so', () => unreadable('#p=1qAAAA', /form this guide does not know/));
  test('a link over the size cap is not opened', () =>
    unreadable(`#p=1j${'A'.repeat(PAYLOAD_MAX)}`, /too long/));
  test('a payload that is not base64url at all is damaged', () => unreadable('#p=1j%%%%', /damaged/));
  test('bytes that are not a path are damaged', () => unreadable(`#p=1j${utf8('hello')}`, /damaged/));
  test('JSON that is not a list is damaged', () => unreadable(raw({ t: 'x' }), /damaged/));
  test('a deflate bomb is refused', () =>
    unreadable(`#p=1z${toBase64url(deflateRawSync(`["${'a'.repeat(300_000)}"]`))}`, /unpacks to far more/));
  test('a deflated payload that is garbage reads nothing', () =>
    unreadable('#p=1zAAAAAAAA', /cannot be read|Nothing of the path/));

  test('a link cut short keeps its complete steps and says it was cut', async () => {
    const fragment = await pathFragment(tenSteps);
    const decoded = await decodePathFragment(fragment.slice(0, Math.floor(fragment.length * 0.6)));
    expect(decoded.readable).toBe(true);
    expect(decoded.path.title).toBe(tenSteps.title);
    expect(decoded.path.steps.length).toBeGreaterThan(0);
    expect(decoded.path.steps.length).toBeLessThan(10);
    decoded.path.steps.forEach((step, i) => {
      expect(step.id).toBe(ids[i]);
      expect(tenSteps.steps[i]!.note.startsWith(step.note)).toBe(true);
    });
    expect(decoded.problems.join(' ')).toMatch(/cut short/);
  });

  test('an unpacked link cut mid-note keeps the step without the cut note', async () => {
    const full = raw([
      'Title',
      'Intro',
      'deep-impact',
      'a whole note',
      'less-technical',
      'a note that will be cut',
    ]);
    const decoded = await decodePathFragment(full.slice(0, -8));
    expect(decoded.path.steps).toEqual([
      { id: 'deep-impact', note: 'a whole note' },
      { id: 'less-technical', note: '' },
    ]);
    expect(decoded.problems.join(' ')).toMatch(/cut short/);
  });

  test('characters a link never has: what comes before them is shown, and the damage is named', async () => {
    const fragment = await pathFragment({ ...tenSteps, steps: tenSteps.steps.slice(0, 2) });
    const decoded = await decodePathFragment(`${fragment}).`);
    expect(decoded.readable).toBe(true);
    expect(decoded.path.steps.map((s) => s.id)).toEqual(['deep-impact', 'broad-influence']);
    expect(decoded.problems.join(' ')).toMatch(/damaged/);
  });

  test(`more than ${STEPS_MAX} steps: the first ${STEPS_MAX} are shown and the rest named`, async () => {
    const many = Array.from({ length: 40 }, (_, i) => [`section-${i}`, '']).flat();
    const decoded = await decodePathFragment(deflated(['T', '', ...many]));
    expect(decoded.path.steps).toHaveLength(STEPS_MAX);
    expect(decoded.problems).toContain(`The path has 40 steps; only the first ${STEPS_MAX} are shown.`);
  });

  test('oversized title, introduction and notes are cut to their caps, each named', async () => {
    const decoded = await decodePathFragment(
      deflated(['t'.repeat(500), 'i'.repeat(5000), 'deep-impact', 'n'.repeat(900)]),
    );
    expect(decoded.path.title).toHaveLength(TITLE_MAX);
    expect(decoded.path.intro).toHaveLength(INTRO_MAX);
    expect(decoded.path.steps[0]!.note).toHaveLength(NOTE_MAX);
    expect(decoded.problems).toEqual([
      `The title is longer than ${TITLE_MAX} characters, so it is cut short.`,
      `The introduction is longer than ${INTRO_MAX} characters, so it is cut short.`,
      `The note of step 1 is longer than ${NOTE_MAX} characters, so it is cut short.`,
    ]);
  });

  test('ids that are not short ids (markup, URLs, non-text) are left out and named', async () => {
    const decoded = await decodePathFragment(
      raw([
        'T',
        'I',
        'javascript:alert(1)',
        'x',
        '<b>',
        '',
        42,
        'n',
        'deep-impact',
        'kept',
        'deep-impact',
        'again',
      ]),
    );
    expect(decoded.path.steps).toEqual([{ id: 'deep-impact', note: 'kept' }]);
    expect(decoded.problems).toEqual([
      'Step 1 does not name a section in a form this guide knows, so it is left out.',
      'Step 2 does not name a section in a form this guide knows, so it is left out.',
      'Step 3 does not name a section in a form this guide knows, so it is left out.',
      'Step 5 repeats an earlier step, so it is shown once.',
    ]);
  });

  test('a note or title that is not text is left out and named', async () => {
    const decoded = await decodePathFragment(raw([{ x: 1 }, 'I', 'deep-impact', ['n']]));
    expect(decoded.path).toEqual({ title: '', intro: 'I', steps: [{ id: 'deep-impact', note: '' }] });
    expect(decoded.problems).toEqual([
      'The title is not text, so it is left out.',
      'The note of step 1 is not text, so it is left out.',
    ]);
  });
});
