/**
 * How much each of the article's ten pros and cons weighs for the reader, on four steps.
 * A weight is one more kind of answer, kept by the point's page id: setting one is
 * answers.ts's `withWeight`. This file imports nothing, so answers.ts can use its type.
 */

/** 0 = not at all … 3 = it decides it for me. The numbers are also what the balance adds up. */
export const WEIGHTS = [0, 1, 2, 3] as const;
export type Weight = (typeof WEIGHTS)[number];

/** The words for each weight, in order: the radios, the Markdown table and the balance all use them. */
export const WEIGHT_LABELS = ['Not at all', 'A little', 'A lot', 'It decides it for me'] as const;

/** The question asked beside every pro and con. */
export const WEIGH_QUESTION = 'How much does this weigh for you?';

/** A radio value (`"0"`…`"3"`) as a weight; anything else is no weight. */
export function weightFrom(value: unknown): Weight | undefined {
  return WEIGHTS.find((weight) => String(weight) === String(value));
}
