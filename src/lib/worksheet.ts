import type { PageKind } from './types';

/** The questions one `<Reflection>` in MDX shows: all of them, or the ones it names. */
export type WorksheetUse = 'all' | readonly string[];

/**
 * What a `<Reflection>` element asks for, from its attributes as the MDX parser gives them:
 * `question="let-go"` (a string) or `questions={['a', 'b']}` (an expression, which must be a
 * literal list so the build can see it); neither means the whole worksheet.
 */
export function worksheetUseOf(
  attributes: Readonly<Record<string, string | { expression: string }>>,
): WorksheetUse {
  const one = attributes['question'];
  const several = attributes['questions'];
  if (typeof one === 'string') return [one];
  if (several === undefined) return 'all';
  const source = typeof several === 'string' ? several : several.expression;
  try {
    const list: unknown = JSON.parse(source.replace(/'/g, '"'));
    if (Array.isArray(list) && list.every((id) => typeof id === 'string')) return list;
  } catch {
    // reported below
  }
  throw new Error(`<Reflection questions=…> must be a literal list of question ids, got ${source}`);
}

/** What a page shows of the worksheet, and whether it shows any. */
export interface WorksheetOnPage {
  kind: PageKind;
  /** The frontmatter's `questions`: listed under "Ask yourself" on every page but the reflection. */
  listed: readonly string[];
  /** Each `<Reflection>` in the page's MDX. */
  embedded: readonly WorksheetUse[];
  /** Every question id, for what `'all'` means. */
  all: readonly string[];
}

/**
 * Questions a page would show twice (the same ids twice, one radio group for both): the
 * template's "Ask yourself" list (not on the reflection page, whose text embeds them) and
 * every `<Reflection>` in its MDX, taken together.
 */
export function questionsShownTwice({ kind, listed, embedded, all }: WorksheetOnPage): string[] {
  const shown = [
    ...(kind === 'reflection' ? [] : listed),
    ...embedded.flatMap((use) => (use === 'all' ? all : use)),
  ];
  return [...new Set(shown.filter((id, index) => shown.indexOf(id) !== index))];
}
