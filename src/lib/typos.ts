/*
 * One typo forgiven (issue 13). Pagefind has no fuzzy matching, so when a word of a query
 * finds nothing, we look for words of the guide's own vocabulary (article text and hidden
 * search terms, gathered at build time) one edit away: a letter changed, added, dropped, or
 * two neighbours swapped. Words that find something are never second-guessed.
 */
import { wordMatches, wordsOf } from './searchTerms';

/** Shorter words have too many neighbours one edit away to guess from. */
export const MIN_GUESSED_LENGTH = 4;

/** The guide's vocabulary from its texts: distinct lower-case words of letters, long enough to guess, sorted. */
export function vocabularyOf(texts: readonly string[]): string[] {
  const words = texts
    .flatMap((text) => wordsOf(text))
    .filter((word) => word.length >= MIN_GUESSED_LENGTH && /^\p{L}+$/u.test(word));
  return [...new Set(words)].sort();
}

/** Whether `a` becomes `b` by one edit: substitute, insert or delete a letter, or swap two neighbours. */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length <= 1 && restB.length <= 1) return true; // one letter changed, added or dropped
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** Whether a query word finds a word of the vocabulary as search would (same word, prefix, stem). */
export function isKnown(word: string, vocabulary: readonly string[]): boolean {
  return vocabulary.some((known) => wordMatches(word, known));
}

/** A query word that finds nothing, and the vocabulary words one edit away from it. */
export interface Misspelling {
  word: string;
  candidates: string[];
}

/**
 * The words of `query` that find nothing in `vocabulary` but have neighbours one edit
 * away, with those neighbours (at most `limit` each). Words that find something, and words
 * too short to guess, are left alone.
 */
export function misspellingsIn(query: string, vocabulary: readonly string[], limit = 3): Misspelling[] {
  return wordsOf(query)
    .filter(
      (word) => word.length >= MIN_GUESSED_LENGTH && /^\p{L}+$/u.test(word) && !isKnown(word, vocabulary),
    )
    .map((word) => ({
      word,
      candidates: vocabulary.filter((known) => isOneEditAway(word, known)).slice(0, limit),
    }))
    .filter((misspelling) => misspelling.candidates.length > 0);
}

/**
 * The query with each misspelt word replaced by its neighbour, when every misspelt word
 * has exactly one: the search to run at once. Undefined when there is nothing to correct
 * or a choice to make.
 */
export function correctedQuery(query: string, misspellings: readonly Misspelling[]): string | undefined {
  if (misspellings.length === 0 || misspellings.some((m) => m.candidates.length !== 1)) return undefined;
  const replacements = new Map(misspellings.map((m) => [m.word, m.candidates[0]!]));
  return wordsOf(query)
    .map((word) => replacements.get(word) ?? word)
    .join(' ');
}

/**
 * The searches to offer ("Did you mean …?"): the query with its first misspelt word
 * replaced by each of that word's neighbours, and any other misspelt word by its first.
 */
export function suggestedQueries(query: string, misspellings: readonly Misspelling[]): string[] {
  const [first, ...others] = misspellings;
  if (!first) return [];
  const fixed = new Map(others.map((m) => [m.word, m.candidates[0]!]));
  return first.candidates.map((candidate) =>
    wordsOf(query)
      .map((word) => (word === first.word ? candidate : (fixed.get(word) ?? word)))
      .join(' '),
  );
}
