import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import contract from '../../../url-contract.json';
import { buildSectionData, composerOrder, groupTitleOf } from '../../../src/lib/path/buildSectionData';
import { sectionsOfComparePage, sectionsOfGuidePage, shortIdsOf } from '../../../src/lib/sections';
import { articleBlocks as articleFixture, normalise } from '../../support/article';
import { realGuidePages } from '../../support/guide-pages';
import { root } from '../../../tools/lib/paths';

const pages = realGuidePages();
const questions = JSON.parse(readFileSync(join(root, 'content/questions.json'), 'utf8')) as Array<{
  id: string;
  question: string;
  prompt: string;
}>;
const bodies = new Map(
  pages.map((page) => [
    page.id,
    readFileSync(join(root, page.filePath!), 'utf8').split(/^---$/m).slice(2).join('---'),
  ]),
);
const sections = [
  ...pages.flatMap((page) => sectionsOfGuidePage({ page, headings: [], pages, questions })),
  ...sectionsOfComparePage(pages),
];
const shortIds = shortIdsOf(sections, contract.shortLinks);
const data = buildSectionData({
  sections,
  shortIds,
  pages,
  bodies,
  questions: questions.map((q) => ({ ...q, poles: ['First end', 'Second end'] as const })),
  contract,
});
const text = (id: string) =>
  data.s[id]!.b.map((block) =>
    'p' in block ? block.p : 'li' in block ? block.li.join(' | ') : 'q' in block ? `[q:${block.q}]` : block.h,
  );

describe('buildSectionData', () => {
  test('has an entry for every short link of the URL contract, and no other', () => {
    expect(Object.keys(data.s).sort()).toEqual(Object.keys(contract.shortLinks).sort());
  });
  test('lists sections in reading order, the compare page last', () => {
    const ids = Object.keys(data.s);
    expect(ids.slice(0, 3)).toEqual(['the-dilemma', 'how-to-use', 'map-of-the-guide']);
    expect(ids.indexOf('deep-impact')).toBeLessThan(ids.indexOf('political-vulnerability'));
    expect(ids.slice(-3)).toEqual([
      'both-tracks-side-by-side',
      'pros-and-cons',
      'how-they-answer-each-other',
    ]);
  });
  test('every paragraph and bullet of the article is some page section’s text (or question), word for word', () => {
    const pageTexts = Object.values(data.s)
      .filter((entry) => entry.k === 'a')
      .flatMap((entry) =>
        entry.b.flatMap((block) => ('p' in block ? [normalise(block.p.replace(/\*\*/g, ''))] : [])),
      )
      .concat(Object.values(data.q).map(([question, prompt]) => `${question} ${prompt}`));
    for (const block of articleFixture().filter((b) => b.kind === 'paragraph' || b.kind === 'bullet')) {
      expect(
        pageTexts.some((t) => t.includes(normalise(block.text))),
        block.text.slice(0, 50),
      ).toBe(true);
    }
  });
  test('a pro’s text keeps its bold lead, and names where it sits', () => {
    expect(text('deep-impact')[0]).toMatch(/^\*\*Deep Impact:\*\* You get to stay hands-on/);
    expect(data.s['deep-impact']).toMatchObject({
      t: 'Deep Impact',
      w: 'Guide › Technical track › Pros › Deep impact',
      u: '/technical-track/pros/deep-impact/#deep-impact',
      k: 'a',
    });
  });
  test('question steps and “Ask yourself” carry their worksheets; the reflection page carries all three', () => {
    expect(text('are-you-willing-to-let-go')).toEqual(['[q:let-go]']);
    expect(text('less-technical-ask-yourself')).toEqual(['[q:energizes]', '[q:let-go]']);
    expect(text('reflection').filter((t) => t.startsWith('[q:'))).toEqual([
      '[q:energizes]',
      '[q:five-years]',
      '[q:let-go]',
    ]);
    expect(data.q['let-go']![0]).toBe('Are you willing to let go?');
  });
  test('each question carries the labels of its scale’s two ends, for a sent-back path', () => {
    expect(data.q['let-go']!.slice(2)).toEqual(['First end', 'Second end']);
  });
  test('our summaries are marked apart from the article', () => {
    expect(data.s['technical-track-pros']!.k).toBe('e');
    expect(text('technical-track-pros')[0]).toMatch(/^\*\*Deep Impact:\*\* Stay hands-on/);
    expect(data.s['deep-impact-on-the-other-track']!.k).toBe('e');
    expect(data.s['how-to-use']).toMatchObject({ k: 'e', b: [] });
  });
  test('old question ids resolve to the sections they became', () => {
    expect(data.m).toMatchObject({
      energizes: 'what-truly-energizes-you',
      'five-years': 'where-do-you-want-to-be-in-five-years',
      'let-go': 'are-you-willing-to-let-go',
    });
  });
  test('composerOrder and groupTitleOf group sections by page in reading order', () => {
    const order = composerOrder(pages);
    expect(order[0]).toBe('/');
    expect(order.at(-1)).toBe('/compare/');
    expect(groupTitleOf('/technical-track/pros/deep-impact/', pages)).toBe('Deep impact');
    expect(groupTitleOf('/compare/', pages)).toBe('Compare');
  });
});
