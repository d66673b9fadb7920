import { describe, expect, test } from 'vitest';
import { navLabelOf, pathOf, withBase } from '../../src/lib/routes';
import { fakePage } from '../support/guide-pages';

describe('pathOf', () => {
  test('maps the index entry to the site root', () => expect(pathOf('index')).toBe('/'));
  test('maps any other id to its own path with a trailing slash', () =>
    expect(pathOf('technical-track/cons/political-vulnerability')).toBe(
      '/technical-track/cons/political-vulnerability/',
    ));
});

describe('withBase', () => {
  test('leaves paths alone under the root base', () =>
    expect(withBase('/third-way/', '/')).toBe('/third-way/'));
  test('prefixes a sub-path base given with or without its trailing slash', () => {
    expect(withBase('/third-way/', '/guide/')).toBe('/guide/third-way/');
    expect(withBase('/third-way/', '/guide')).toBe('/guide/third-way/');
  });
  test('keeps fragments and queries', () =>
    expect(withBase('/search/?q=a#b', '/guide/')).toBe('/guide/search/?q=a#b'));
  test('roots a relative path', () => expect(withBase('compare/', '/guide/')).toBe('/guide/compare/'));
});

describe('navLabelOf', () => {
  test('prefers the short navigation title', () =>
    expect(navLabelOf(fakePage('a', { title: 'Long Title', navTitle: 'Short' }))).toBe('Short'));
  test('falls back to the title', () =>
    expect(navLabelOf(fakePage('a', { title: 'Long Title' }))).toBe('Long Title'));
});
