import { describe, expect, test } from 'vitest';
import {
  correctedQuery,
  isKnown,
  isOneEditAway,
  misspellingsIn,
  suggestedQueries,
  vocabularyOf,
} from '../../src/lib/typos';

const vocabulary = vocabularyOf([
  'You can delegate the technical decisions.',
  'Unclear Promotion Path',
  'IC, 1:1s',
  'delegated elegant',
]);

describe('vocabularyOf', () => {
  test('keeps distinct lower-case words of letters, four or more, sorted', () => {
    expect(vocabulary).toEqual(
      [
        'clear',
        'decisions',
        'delegate',
        'delegated',
        'elegant',
        'path',
        'promotion',
        'technical',
        'unclear',
      ].filter((w) => w !== 'clear'),
    );
  });
});

describe('isOneEditAway', () => {
  test.each([
    ['delagate', 'delegate', 'a letter changed'],
    ['promtion', 'promotion', 'a letter dropped'],
    ['promoltion', 'promotion', 'a letter added'],
    ['promtoion', 'promotion', 'two neighbours swapped'],
  ])('%s → %s (%s)', (a, b) => expect(isOneEditAway(a, b)).toBe(true));
  test.each([
    ['delegate', 'delegate', 'the same word'],
    ['dlagate', 'delegate', 'two edits'],
    ['elegate', 'delegated', 'two letters added'],
    ['abcd', 'cdab', 'far apart'],
  ])('not %s → %s (%s)', (a, b) => expect(isOneEditAway(a, b)).toBe(false));
});

describe('misspellingsIn', () => {
  test('offers the word one edit away for a word that finds nothing', () => {
    expect(misspellingsIn('delagate', vocabulary)).toEqual([{ word: 'delagate', candidates: ['delegate'] }]);
  });
  test('guesses nothing for words that find something, even half typed', () => {
    expect(misspellingsIn('elegant', vocabulary)).toEqual([]);
    expect(misspellingsIn('promo', vocabulary)).toEqual([]);
    expect(isKnown('delegates', vocabulary)).toBe(true);
  });
  test('guesses nothing for short words or words with no neighbour', () => {
    expect(misspellingsIn('pth', vocabulary)).toEqual([]);
    expect(misspellingsIn('salary', vocabulary)).toEqual([]);
  });
  test('lists every neighbour when there is a choice', () => {
    expect(misspellingsIn('delegatex', vocabulary)).toEqual([
      { word: 'delegatex', candidates: ['delegate', 'delegated'] },
    ]);
  });
});

describe('correctedQuery and suggestedQueries', () => {
  test('a certain correction replaces the misspelt word in the query', () => {
    const query = 'delagate technical';
    expect(correctedQuery(query, misspellingsIn(query, vocabulary))).toBe('delegate technical');
  });
  test('no correction is certain when a word has a choice, but each is offered', () => {
    const misspellings = misspellingsIn('delegatex', vocabulary);
    expect(correctedQuery('delegatex', misspellings)).toBeUndefined();
    expect(suggestedQueries('delegatex', misspellings)).toEqual(['delegate', 'delegated']);
  });
  test('nothing to correct, nothing offered', () => {
    expect(correctedQuery('promotion', [])).toBeUndefined();
    expect(suggestedQueries('promotion', [])).toEqual([]);
  });
});
