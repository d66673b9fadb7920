import { describe, expect, test } from 'vitest';
import { cardLayout, cardOf, cardPathOf, sectionCardOf } from '../../src/lib/socialCard';
import { fakePage } from '../support/guide-pages';

describe('cardPathOf', () => {
  test('names the front page’s card index.png', () => expect(cardPathOf('/')).toBe('/og/index.png'));
  test('mirrors a page’s path', () =>
    expect(cardPathOf('/technical-track/cons/political-vulnerability/')).toBe(
      '/og/technical-track/cons/political-vulnerability.png',
    ));
});

describe('cardOf', () => {
  test('says which track and stance a con is', () => {
    const card = cardOf(
      fakePage('technical-track/cons/political-vulnerability', {
        title: 'Political Vulnerability',
        kind: 'con',
        track: 'technical',
      }),
    );
    expect(card).toMatchObject({
      eyebrow: 'Technical track · Con',
      title: 'Political Vulnerability',
      alt: 'Technical track · Con: Political Vulnerability',
    });
  });
  test('names a track page’s track', () =>
    expect(cardOf(fakePage('management-track', { kind: 'track', track: 'management' })).eyebrow).toBe(
      'Management track',
    ));
});

describe('sectionCardOf', () => {
  test('names the page a section comes from', () =>
    expect(sectionCardOf({ short: 'x', title: 'Ask yourself', pageTitle: 'Scalable Impact' })).toMatchObject({
      path: '/og/s/x.png',
      eyebrow: 'From “Scalable Impact”',
    }));
});

describe('cardLayout', () => {
  test('puts the eyebrow, the title and the site’s name on the card', () => {
    const text = JSON.stringify(
      cardLayout(
        { path: '/og/a.png', title: 'Deep Impact', eyebrow: 'Technical track · Pro', alt: '' },
        'DE or Director?',
        'Tagline',
      ),
    );
    for (const part of ['Deep Impact', 'Technical track · Pro', 'DE or Director?', 'Tagline'])
      expect(text).toContain(part);
  });
});
