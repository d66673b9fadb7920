import { describe, expect, test } from 'vitest';
import { counterpartsOf, pagesAskingQuestion } from '../../src/lib/counterparts';
import { isStance } from '../../src/lib/kinds';
import { realGuidePages } from '../support/guide-pages';

const pages = realGuidePages();
const titlesOf = (id: string) =>
  counterpartsOf(
    pages.find((p) => p.id === id)!,
    pages,
  ).map((p) => p.data.title);

describe('counterpartsOf (the pairings the guide makes)', () => {
  test('political vulnerability ↔ direct control and ownership', () => {
    expect(titlesOf('technical-track/cons/political-vulnerability')).toEqual([
      'Direct Control and Ownership',
    ]);
    expect(titlesOf('management-track/pros/direct-control-and-ownership')).toEqual([
      'Political Vulnerability',
    ]);
  });
  test('unclear promotion path ↔ clearer path to senior leadership', () => {
    expect(titlesOf('technical-track/cons/unclear-promotion-path')).toEqual([
      'Clearer Path to Senior Leadership',
    ]);
  });
  test('deep impact answers both less technical and different skill set', () => {
    expect(titlesOf('technical-track/pros/deep-impact')).toEqual(['Less Technical', 'Different Skill Set']);
  });
  test('less technical is answered by deep impact and intellectual satisfaction', () => {
    expect(titlesOf('management-track/cons/less-technical')).toEqual([
      'Deep Impact',
      'Intellectual Satisfaction',
    ]);
  });
  test('broad influence ↔ scalable impact', () => {
    expect(titlesOf('technical-track/pros/broad-influence')).toEqual(['Scalable Impact']);
    expect(titlesOf('management-track/pros/scalable-impact')).toEqual(['Broad Influence']);
  });
  test('every pro and con has at least one counterpart', () => {
    for (const page of pages.filter((p) => isStance(p.data.kind))) {
      expect(counterpartsOf(page, pages).length, page.id).toBeGreaterThan(0);
    }
  });
});

describe('pagesAskingQuestion (which pages bear on which question)', () => {
  const ids = (question: string) => pagesAskingQuestion(question, pages).map((p) => p.id.split('/').pop());
  test('energizes', () =>
    expect(ids('energizes')).toEqual([
      'deep-impact',
      'intellectual-satisfaction',
      'scalable-impact',
      'less-technical',
      'reflection',
    ]));
  test('five-years', () =>
    expect(ids('five-years')).toEqual([
      'unclear-promotion-path',
      'clearer-path-to-senior-leadership',
      'reflection',
    ]));
  test('let-go', () =>
    expect(ids('let-go')).toEqual([
      'direct-control-and-ownership',
      'less-technical',
      'different-skill-set',
      'reflection',
    ]));
});
