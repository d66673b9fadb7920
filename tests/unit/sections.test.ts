import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  assertUniqueIds,
  duplicateIds,
  pageAnchorOf,
  sectionsOfComparePage,
  sectionsOfGuidePage,
  shortIdsOf,
  targetOf,
  type Section,
} from '../../src/lib/sections';
import { fakePage, realGuidePages } from '../support/guide-pages';
import { root } from '../../tools/lib/paths';

const pages = realGuidePages();
const questions = (
  JSON.parse(readFileSync(`${root}content/questions.json`, 'utf8')) as Array<{ id: string; question: string }>
).map(({ id, question }) => ({ id, question }));
const page = (id: string) => pages.find((p) => p.id === id)!;
const sectionsOf = (id: string, headings: Array<{ depth: number; slug: string; text: string }> = []) =>
  sectionsOfGuidePage({ page: page(id), headings, pages, questions });
const allSections = () => [
  ...pages.flatMap((p) => sectionsOfGuidePage({ page: p, headings: [], pages, questions })),
  ...sectionsOfComparePage(pages),
];

describe('pageAnchorOf', () => {
  test('names a page by its short navigation label', () =>
    expect(pageAnchorOf(page('technical-track'))).toBe('technical-track'));
  test('gives a pro or con page the id of its title', () =>
    expect(pageAnchorOf(page('technical-track/cons/political-vulnerability'))).toBe(
      'political-vulnerability',
    ));
});

describe('sectionsOfGuidePage', () => {
  test('lists a con page’s title, its counterpart section and nothing it does not render', () =>
    expect(sectionsOf('technical-track/cons/political-vulnerability').map((s) => s.id)).toEqual([
      'political-vulnerability',
      'on-the-other-track',
    ]));
  test('lists a track page’s pros and cons as cards whose home is the item’s own page', () => {
    const cards = sectionsOf('technical-track').filter((s) => s.kind === 'item');
    expect(cards.map((s) => s.id)).toEqual([
      'deep-impact',
      'broad-influence',
      'intellectual-satisfaction',
      'political-vulnerability',
      'unclear-promotion-path',
    ]);
    expect(cards[3]!.home).toEqual({
      path: '/technical-track/cons/political-vulnerability/',
      id: 'political-vulnerability',
    });
  });
  test('gives each question the GitHub-style id of its text', () =>
    expect(
      sectionsOf('reflection')
        .filter((s) => s.kind === 'question')
        .map((s) => s.id),
    ).toEqual([
      'what-truly-energizes-you',
      'where-do-you-want-to-be-in-five-years',
      'are-you-willing-to-let-go',
    ]));
  test('makes a question shown on an item page a mirror of the one on the reflection page', () => {
    const question = sectionsOf('management-track/cons/less-technical').find(
      (s) => s.id === 'what-truly-energizes-you',
    )!;
    expect(question.home).toEqual({ path: '/reflection/', id: 'what-truly-energizes-you' });
  });
  test('includes headings an MDX author wrote, pinned ids included', () =>
    expect(
      sectionsOf('third-way', [{ depth: 2, slug: 'pinned', text: 'Retitled heading' }]).map((s) => s.id),
    ).toEqual(['a-third-way', 'pinned']));
  test('leaves out the page title heading and headings below level three from MDX', () =>
    expect(
      sectionsOf('third-way', [
        { depth: 1, slug: 'x', text: 'X' },
        { depth: 4, slug: 'y', text: 'Y' },
      ]).map((s) => s.id),
    ).toEqual(['a-third-way']));
});

describe('duplicateIds', () => {
  const section = (path: string, id: string): Section => ({ path, id, title: id, kind: 'heading' });
  test('finds none in the real guide', () => expect(duplicateIds(allSections())).toEqual([]));
  test('allows the same id on two different pages', () =>
    expect(duplicateIds([section('/a/', 'x'), section('/b/', 'x')])).toEqual([]));
  test('reports an id used twice on one page', () =>
    expect(duplicateIds([section('/a/', 'x'), section('/a/', 'x')])).toEqual(['/a/#x']));
  test('reports an id the page shell already uses', () =>
    expect(duplicateIds([section('/a/', 'main')])).toEqual(['/a/#main']));
  test('makes the build fail with the clash and the way out named', () =>
    expect(() => assertUniqueIds([section('/a/', 'x'), section('/a/', 'x')])).toThrow(
      /\/a\/#x.*\{#other-id\}/,
    ));
});

describe('shortIdsOf', () => {
  const shortIds = shortIdsOf(allSections());
  test('uses the plain id when only one section wants it', () =>
    expect(shortIds.get('/technical-track/cons/political-vulnerability/#political-vulnerability')).toBe(
      'political-vulnerability',
    ));
  test('qualifies an id several pages share with the page it is on', () => {
    expect(shortIds.get('/technical-track/#pros')).toBe('technical-track-pros');
    expect(shortIds.get('/management-track/#pros')).toBe('management-track-pros');
  });
  test('gives a card its home section’s short id', () =>
    expect(shortIds.get('/technical-track/#political-vulnerability')).toBe('political-vulnerability'));
  test('gives every home section its own short id', () => {
    const homes = allSections().filter((s) => !s.home);
    expect(new Set(homes.map((s) => shortIds.get(targetOf(s)))).size).toBe(homes.length);
  });
  test('keeps a published short id even when a new section would now claim it', () => {
    const sections: Section[] = [
      { path: '/a/', id: 'x', title: 'X', kind: 'heading' },
      { path: '/b/', id: 'x', title: 'X', kind: 'heading' },
    ];
    const ids = shortIdsOf(sections, { x: '/a/#x' });
    expect(ids.get('/a/#x')).toBe('x');
    expect(ids.get('/b/#x')).toBe('b-x');
  });
  test('ignores a pinned short id whose section is gone', () =>
    expect(shortIdsOf([fakeSection('/a/', 'y')], { x: '/gone/#x' }).get('/a/#y')).toBe('y'));
  test('numbers a qualified id that is still taken', () => {
    const ids = shortIdsOf([fakeSection('/a/', 'x'), fakeSection('/b/', 'x')], { 'b-x': '/a/#x' });
    expect(ids.get('/b/#x')).toBe('b-x-2');
  });
});

function fakeSection(path: string, id: string): Section {
  return { path, id, title: id, kind: 'heading' };
}

describe('sectionsOfComparePage', () => {
  test('lists every pro and con once, each pointing home', () => {
    const items = sectionsOfComparePage(pages).filter((s) => s.kind === 'item');
    expect(items).toHaveLength(10);
    expect(items.every((s) => s.home && s.home.path !== '/compare/')).toBe(true);
  });
  test('works for a guide with a single hand-made item', () =>
    expect(sectionsOfComparePage([fakePage('t/p', { title: 'Deep Impact' })]).map((s) => s.id)).toContain(
      'deep-impact',
    ));
});
