import { describe, expect, test } from 'vitest';
import { itemsOfBranch } from '../../src/lib/guideMap';
import { routeDataOf } from '../../src/lib/routeData';
import { TEMPLATE_HEADINGS } from '../../src/lib/sections';
import { realGuidePages } from '../support/guide-pages';

const pages = realGuidePages();
const questionIds = ['energizes', 'five-years', 'let-go'];
const route = (id: string, extra: { embedsWorksheet?: boolean; base?: string } = {}) =>
  routeDataOf({
    page: pages.find((p) => p.id === id)!,
    pages,
    headings: [],
    questionIds,
    linkable: [],
    shortIds: new Map(),
    embedsWorksheet: extra.embedsWorksheet ?? false,
    base: extra.base ?? '/',
  });

describe('routeDataOf', () => {
  test('a con: crumbs through its track, neighbours, counterparts, its questions and the sections they add', () => {
    const data = route('management-track/cons/less-technical');
    expect(data.crumbs.map((c) => c.label)).toEqual([
      'Guide',
      'Management track',
      'Cons',
      data.page.data.navTitle ?? data.title,
    ]);
    expect(data.prev?.data.order).toBe(data.page.data.order - 1);
    expect(data.counterparts.map((p) => p.id)).toEqual([
      'technical-track/pros/deep-impact',
      'technical-track/pros/intellectual-satisfaction',
    ]);
    expect(data.questions).toEqual(['energizes', 'let-go']);
    expect(data.showsWorksheet).toBe(true);
    expect(data.quotes).toBe(true);
    expect(data.badge).toBe(true);
    expect(Object.keys(data.added)).toEqual(['on-the-other-track', 'ask-yourself']);
    expect(data.contents).toEqual([
      TEMPLATE_HEADINGS['on-the-other-track'],
      TEMPLATE_HEADINGS['ask-yourself'],
    ]);
  });

  test('a track page: its pros and cons, and the two headings that list them', () => {
    const data = route('management-track');
    expect(data.items?.pros.every((p) => p.data.kind === 'pro' && p.data.track === 'management')).toBe(true);
    expect(data.items?.cons.map((p) => p.data.kind)).toEqual(['con', 'con']);
    expect(Object.keys(data.added)).toEqual(['pros', 'cons']);
    expect(data.quotes).toBe(false);
  });

  test('the home page adds its two editorial sections but shows no contents list', () => {
    const data = route('index');
    expect(Object.keys(data.added)).toEqual(['how-to-use', 'map-of-the-guide']);
    expect(data.contents).toEqual([]);
    expect(data.badge).toBe(false);
    expect(data.prev).toBeUndefined();
  });

  test('the reflection page lists no questions (its text embeds them) and shows the worksheet when flagged', () => {
    expect(route('reflection').questions).toEqual([]);
    expect(route('reflection').showsWorksheet).toBe(false);
    expect(route('reflection', { embedsWorksheet: true }).showsWorksheet).toBe(true);
  });

  test('links go by kind and carry the deploy base', () => {
    expect(route('third-way', { base: '/guide/' }).links).toEqual({
      compare: '/guide/compare/',
      reflection: '/guide/reflection/',
      thirdWay: '/guide/third-way/',
      tracks: { technical: '/guide/technical-track/', management: '/guide/management-track/' },
    });
  });
});

describe('itemsOfBranch', () => {
  test('lists pros then cons, each with its stance', () => {
    const { items } = route('technical-track');
    const listed = itemsOfBranch(items!);
    expect(listed.map((i) => i.stance)).toEqual([
      ...items!.pros.map(() => 'pro'),
      ...items!.cons.map(() => 'con'),
    ]);
    expect(listed.map((i) => i.page)).toEqual([...items!.pros, ...items!.cons]);
  });
});
