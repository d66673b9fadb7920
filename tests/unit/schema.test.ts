import { describe, expect, test } from 'vitest';
import { collections } from '../../src/content.config';
import { guideSchema, questionSchema } from '../../src/schemas/guide';
import { realGuidePages } from '../support/guide-pages';

const valid = {
  title: 'Political Vulnerability',
  description: 'Influence is soft power: a re-org can turn an owner into an advisor.',
  kind: 'con',
  track: 'technical',
  order: 6,
};
const issuesOf = (input: unknown) => {
  const result = guideSchema().safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('guideSchema', () => {
  test('accepts a complete pro/con page and defaults its relations to none', () => {
    expect(issuesOf(valid)).toEqual([]);
  });
  test('rejects a misspelled kind, pointing at the field', () =>
    expect(issuesOf({ ...valid, kind: 'prro' })).toEqual(['kind']));
  test('rejects a missing title', () => {
    const { title: _title, ...untitled } = valid;
    expect(issuesOf(untitled)).toEqual(['title']);
  });
  test('rejects a missing description (it feeds meta and lists)', () => {
    const { description: _d, ...bare } = valid;
    expect(issuesOf(bare)).toEqual(['description']);
  });
  test('requires a track on pros, cons and track pages', () => {
    const { track: _t, ...trackless } = valid;
    expect(issuesOf(trackless)).toEqual(['track']);
  });
  test('refuses a track on pages outside the tracks', () =>
    expect(issuesOf({ ...valid, kind: 'third-way' })).toEqual(['track']));
  test('rejects a fractional or negative order', () => {
    expect(issuesOf({ ...valid, order: 1.5 })).toEqual(['order']);
    expect(issuesOf({ ...valid, order: -1 })).toEqual(['order']);
  });
  test('every real page’s frontmatter shape passes (relations checked at build)', () => {
    for (const page of realGuidePages()) {
      const { counterparts: _c, questions: _q, ...rest } = page.data;
      expect(issuesOf(rest), page.filePath).toEqual([]);
    }
  });
});

describe('the content collections', () => {
  // What the broken-content builds once showed (a misspelled kind or a missing title stops the
  // build, naming the field): the guide collection validates with guideSchema.
  const schema = collections.guide.schema as ReturnType<typeof guideSchema>;
  const pathsOf = (input: unknown) => {
    const result = schema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
  };
  test('the guide collection rejects a misspelled kind and a missing title, naming the field', () => {
    expect(pathsOf(valid)).toEqual([]);
    expect(pathsOf({ ...valid, kind: 'prro' })).toEqual(['kind']);
    const { title: _title, ...untitled } = valid;
    expect(pathsOf(untitled)).toEqual(['title']);
  });
  test('the questions collection validates with questionSchema', () => {
    const schema = collections.questions.schema as ReturnType<typeof questionSchema>;
    const poles = [
      { track: 'management', label: 'Delegate' },
      { track: 'technical', label: 'Stay in the weeds' },
    ];
    expect(schema.safeParse({ id: 'let-go', question: 'q', prompt: 'p', poles }).success).toBe(true);
    expect(
      schema
        .safeParse({ id: 'Let Go', question: 'q', prompt: 'p', poles })
        .error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['id']);
  });
});

describe('questionSchema', () => {
  const question = {
    id: 'let-go',
    question: 'Are you willing to let go?',
    prompt: 'Can you delegate…?',
    poles: [
      { track: 'management', label: 'Delegate' },
      { track: 'technical', label: 'Stay in the weeds' },
    ],
  };
  test('accepts a question with one pole per track', () =>
    expect(questionSchema().safeParse(question).success).toBe(true));
  test('rejects two poles on the same track', () => {
    const sameTrack = { ...question, poles: [question.poles[0], question.poles[0]] };
    expect(questionSchema().safeParse(sameTrack).success).toBe(false);
  });
  test('rejects an id that is not URL-safe', () =>
    expect(questionSchema().safeParse({ ...question, id: 'Let Go' }).success).toBe(false));
});
