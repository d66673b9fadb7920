import { describe, expect, test } from 'vitest';
import { breadcrumbsOf } from '../../src/lib/breadcrumbs';
import { realGuidePages } from '../support/guide-pages';

const pages = realGuidePages();
const page = (id: string) => pages.find((p) => p.id === id)!;

describe('breadcrumbsOf', () => {
  test('is just "Guide" on the front page', () => {
    expect(breadcrumbsOf(page('index'), pages)).toEqual([{ label: 'Guide', href: '/' }]);
  });
  test('goes through the track and its Cons section for a con', () => {
    expect(breadcrumbsOf(page('technical-track/cons/political-vulnerability'), pages)).toEqual([
      { label: 'Guide', href: '/' },
      { label: 'Technical track', href: '/technical-track/' },
      { label: 'Cons', href: '/technical-track/#cons' },
      { label: 'Political vulnerability', href: '/technical-track/cons/political-vulnerability/' },
    ]);
  });
  test('points a pro at the Pros section of its track', () => {
    expect(breadcrumbsOf(page('management-track/pros/scalable-impact'), pages)[2]).toEqual({
      label: 'Pros',
      href: '/management-track/#pros',
    });
  });
  test('is two crumbs deep for a page outside the tracks', () => {
    expect(breadcrumbsOf(page('third-way'), pages).map((c) => c.label)).toEqual(['Guide', 'A third way']);
  });
});
