import { describe, expect, test } from 'vitest';
import { STANCES, isStance } from '../../src/lib/kinds';
import { pageOfKind, trackPageOf } from '../../src/lib/pagesByKind';
import { sectionAnchorOf } from '../../src/lib/sectionAnchor';
import { pageKinds } from '../../src/lib/types';
import { fakePage, realGuidePages } from '../support/guide-pages';

describe('isStance', () => {
  test('is true for pros and cons only', () => {
    expect(pageKinds.filter(isStance)).toEqual(['pro', 'con']);
  });
  test('names each stance for lists and crumbs', () => {
    expect(STANCES.pro).toEqual({ label: 'Pro', plural: 'Pros', sign: '+', anchor: 'pros' });
    expect(STANCES.con.sign).toBe('−');
  });
});

describe('pageOfKind and trackPageOf', () => {
  const pages = realGuidePages();
  test('find the one page of a kind, by kind rather than file name', () => {
    expect(pageOfKind(pages, 'reflection').id).toBe('reflection');
    expect(pageOfKind(pages, 'third-way').id).toBe('third-way');
    expect(trackPageOf(pages, 'management').id).toBe('management-track');
  });
  test('say which page is missing', () => {
    expect(() => pageOfKind([fakePage('a')], 'reflection')).toThrow('the guide has no reflection page');
    expect(() => trackPageOf([fakePage('a')], 'technical')).toThrow('no track page for the technical track');
  });
});

describe('sectionAnchorOf', () => {
  test('links the section by id and names it by its title', () => {
    expect(sectionAnchorOf('pros', 'The Pros')).toEqual({
      class: 'section-anchor',
      href: '#pros',
      'aria-label': 'Link to “The Pros”',
    });
  });
});
