import { describe, expect, test } from 'vitest';
import { worksheetFlag } from '../../integrations/markdown/worksheet-flag';
import { questionsShownTwice, worksheetUseOf } from '../../src/lib/worksheet';

const all = ['energizes', 'five-years', 'let-go'];

describe('worksheetUseOf', () => {
  test('reads one question, a literal list, or neither (the whole worksheet)', () => {
    expect(worksheetUseOf({ question: 'let-go' })).toEqual(['let-go']);
    expect(worksheetUseOf({ questions: { expression: "['energizes', 'let-go']" } })).toEqual([
      'energizes',
      'let-go',
    ]);
    expect(worksheetUseOf({})).toBe('all');
  });
  test('refuses a list the build cannot read', () => {
    expect(() => worksheetUseOf({ questions: { expression: 'someIds' } })).toThrow(
      /literal list of question ids, got someIds/,
    );
  });
});

describe('questionsShownTwice', () => {
  test('finds a question embedded in the text and also listed in the frontmatter', () => {
    expect(questionsShownTwice({ kind: 'pro', listed: ['let-go'], embedded: [['let-go']], all })).toEqual([
      'let-go',
    ]);
  });
  test('finds the whole worksheet embedded on a page that also lists questions', () => {
    expect(questionsShownTwice({ kind: 'con', listed: ['energizes'], embedded: ['all'], all })).toEqual([
      'energizes',
    ]);
  });
  test('finds a question embedded twice', () => {
    expect(
      questionsShownTwice({ kind: 'third-way', listed: [], embedded: [['five-years'], 'all'], all }),
    ).toEqual(['five-years']);
  });
  test('allows the reflection page to list what its text embeds (it shows no "Ask yourself" list)', () => {
    expect(questionsShownTwice({ kind: 'reflection', listed: all, embedded: ['all'], all })).toEqual([]);
  });
  test('allows different questions in the text and the list', () => {
    expect(questionsShownTwice({ kind: 'pro', listed: ['energizes'], embedded: [['let-go']], all })).toEqual(
      [],
    );
  });
});

/** Runs the Markdown plugin over one page: its frontmatter and the `<Reflection>` elements in its MDX. */
function runPlugin(frontmatter: Record<string, unknown>, elements: Array<Record<string, string>>) {
  const factory = worksheetFlag({ questionIds: all }) as (ctx: { fileURL: URL }) => {
    mdxJsxFlowElement: (node: unknown) => void;
    after: (root: unknown, ctx: { data: Record<string, unknown> }) => void;
  };
  const plugin = factory({
    fileURL: new URL('file:///site/content/guide/technical-track/pros/deep-impact.mdx'),
  });
  for (const attributes of elements) {
    plugin.mdxJsxFlowElement({
      name: 'Reflection',
      attributes: Object.entries(attributes).map(([name, value]) => ({
        type: 'mdxJsxAttribute',
        name,
        value,
      })),
    });
  }
  plugin.mdxJsxFlowElement({ name: 'Aside', attributes: [] });
  const data = { astro: { frontmatter } };
  plugin.after({}, { data });
  return data.astro.frontmatter;
}

describe('the worksheet-flag Markdown plugin', () => {
  test('flags a page that embeds the worksheet', () => {
    expect(runPlugin({ kind: 'reflection', questions: all }, [{}])).toMatchObject({ worksheet: true });
  });
  test('leaves a page without one unflagged', () => {
    expect(runPlugin({ kind: 'pro', questions: ['let-go'] }, [])).not.toHaveProperty('worksheet');
  });
  test('fails the build, naming the file, when a question would show twice', () => {
    expect(() => runPlugin({ kind: 'pro', questions: ['let-go'] }, [{ question: 'let-go' }])).toThrow(
      /content\/guide\/technical-track\/pros\/deep-impact\.mdx: the worksheet would show let-go twice/,
    );
  });
});
