import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import PrevNext from '../../src/components/PrevNext.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';
import TrackBadge from '../../src/components/TrackBadge.astro';
import { fakePage } from '../support/guide-pages';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('PrevNext', () => {
  test('links both neighbours with rel and their short titles', async () => {
    const html = await container.renderToString(PrevNext, {
      props: { prev: fakePage('a/b', { navTitle: 'Before' }), next: fakePage('c', { navTitle: 'After' }) },
    });
    expect(html).toMatch(/<a rel="prev" href="\/a\/b\/"[^>]*>[\s\S]*Before/);
    expect(html).toMatch(/<a rel="next" href="\/c\/"[^>]*>[\s\S]*After/);
  });
  test('renders no Previous link on the first page', async () => {
    const html = await container.renderToString(PrevNext, {
      props: { prev: undefined, next: fakePage('c') },
    });
    expect(html).not.toContain('rel="prev"');
  });
});

describe('Breadcrumbs', () => {
  test('marks the last crumb as the current page and separates the others', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: {
        crumbs: [
          { label: 'Guide', href: '/' },
          { label: 'Cons', href: '/t/#cons' },
          { label: 'Here', href: '/t/here/' },
        ],
      },
    });
    expect(html).toContain('aria-label="Breadcrumbs"');
    expect(html).toMatch(/aria-current="page"[^>]*>Here</);
    expect(html.match(/›/g)).toHaveLength(2);
  });
  test('renders nothing for the front page’s single crumb', async () => {
    const html = await container.renderToString(Breadcrumbs, {
      props: { crumbs: [{ label: 'Guide', href: '/' }] },
    });
    expect(html).not.toContain('Breadcrumbs');
  });
});

describe('TableOfContents', () => {
  test('links each section by its anchor', async () => {
    const html = await container.renderToString(TableOfContents, {
      props: {
        sections: [
          { depth: 2, slug: 'pros', text: 'The Pros' },
          { depth: 2, slug: 'cons', text: 'The Cons' },
        ],
      },
    });
    expect(html).toContain('href="#pros"');
    expect(html).toContain('href="#cons"');
  });
  test('renders nothing without sections', async () => {
    expect(await container.renderToString(TableOfContents, { props: { sections: [] } })).not.toContain(
      '<nav',
    );
  });
});

describe('TrackBadge', () => {
  test('names the track and the stance', async () => {
    expect(
      await container.renderToString(TrackBadge, { props: { track: 'management', kind: 'con' } }),
    ).toContain('Management track · Con');
  });
});
