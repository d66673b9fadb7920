import { describe, expect, test } from 'vitest';
import { insertAliasTargets } from '../../src/lib/anchorAliases';
import {
  aliasesOnPage,
  diffContract,
  emptyContract,
  redirectsOf,
  resolveMoves,
  updatedContract,
  type UrlContract,
} from '../../src/lib/urlContract';

const contract = (overrides: Partial<UrlContract> = {}): UrlContract => ({
  ...emptyContract(),
  pages: { '/a/': ['intro', 'pros'], '/b/': ['b'] },
  shortLinks: { intro: '/a/#intro' },
  ...overrides,
});

describe('diffContract', () => {
  test('finds nothing to report when the build publishes exactly the contract', () =>
    expect(
      diffContract(contract(), {
        pages: { '/a/': ['intro', 'pros'], '/b/': ['b'] },
        shortLinks: { intro: '/a/#intro' },
      }),
    ).toEqual({
      added: [],
      removed: [],
      aliased: [],
    }));
  test('reports new pages, ids and short links as added', () =>
    expect(
      diffContract(contract(), {
        pages: { '/a/': ['intro', 'pros', 'cons'], '/b/': ['b'], '/c/': [] },
        shortLinks: { intro: '/a/#intro', cons: '/a/#cons' },
      }).added,
    ).toEqual(['/a/#cons', '/c/', '/s/cons/']));
  test('reports a renamed id as removed when the contract does not map it', () =>
    expect(
      diffContract(contract(), {
        pages: { '/a/': ['introduction', 'pros'], '/b/': ['b'] },
        shortLinks: { intro: '/a/#intro' },
      }).removed,
    ).toEqual(['/a/#intro']));
  test('reports a vanished page and a vanished short link as removed', () =>
    expect(diffContract(contract(), { pages: { '/a/': ['intro', 'pros'] }, shortLinks: {} }).removed).toEqual(
      ['/b/', '/s/intro/'],
    ));
  test('accepts a renamed id mapped to its new home whose alias target the build carries', () => {
    const diff = diffContract(contract({ movedIds: { '/a/#intro': '/a/#introduction' } }), {
      pages: { '/a/': ['introduction', 'pros'], '/b/': ['b'] },
      shortLinks: { intro: '/a/#introduction' },
      aliases: ['/a/#intro'],
    });
    expect(diff.removed).toEqual([]);
    expect(diff.aliased).toEqual(['/a/#intro → /a/#introduction', '/s/intro/ → /a/#introduction']);
  });
  test('still reports a mapped id as removed when the build lacks its alias target', () =>
    expect(
      diffContract(contract({ movedIds: { '/a/#intro': '/a/#introduction' } }), {
        pages: { '/a/': ['introduction', 'pros'], '/b/': ['b'] },
        shortLinks: { intro: '/a/#introduction' },
      }).removed,
    ).toEqual(['/a/#intro']));
  test('accepts a moved page whose new home exists', () =>
    expect(
      diffContract(contract({ movedPages: { '/b/': '/bee/' } }), {
        pages: { '/a/': ['intro', 'pros'], '/bee/': ['b'] },
        shortLinks: { intro: '/a/#intro' },
      }),
    ).toEqual({
      added: ['/bee/'],
      removed: [],
      aliased: ['/b/ → /bee/'],
    }));
  test('reports a moved page whose new home is missing as removed', () =>
    expect(
      diffContract(contract({ movedPages: { '/b/': '/bee/' } }), {
        pages: { '/a/': ['intro', 'pros'] },
        shortLinks: { intro: '/a/#intro' },
      }).removed,
    ).toEqual(['/b/']));
  test('reports a short link that now forwards somewhere unrelated as removed', () =>
    expect(
      diffContract(contract(), {
        pages: { '/a/': ['intro', 'pros'], '/b/': ['b'] },
        shortLinks: { intro: '/b/#b' },
      }).removed,
    ).toEqual(['/s/intro/']));
  test('does not count a redirect page for a moved page as a new page', () =>
    expect(
      diffContract(contract({ movedPages: { '/old/': '/a/' } }), {
        pages: { '/a/': ['intro', 'pros'], '/b/': ['b'], '/old/': [] },
        shortLinks: { intro: '/a/#intro' },
      }).added,
    ).toEqual([]));
});

describe('resolveMoves', () => {
  test('follows a chain of page moves and keeps the fragment', () =>
    expect(resolveMoves('/a/#x', { movedPages: { '/a/': '/b/', '/b/': '/c/' }, movedIds: {} })).toBe(
      '/c/#x',
    ));
  test('follows an id move after a page move', () =>
    expect(resolveMoves('/a/#x', { movedPages: { '/a/': '/b/' }, movedIds: { '/b/#x': '/b/#y' } })).toBe(
      '/b/#y',
    ));
  test('stops at a cycle instead of looping forever', () =>
    expect(resolveMoves('/a/', { movedPages: { '/a/': '/b/', '/b/': '/a/' }, movedIds: {} })).toBe('/a/'));
});

describe('redirectsOf', () => {
  test('redirects every moved page straight to its final home', () =>
    expect(redirectsOf({ movedPages: { '/a/': '/b/', '/b/': '/c/' }, movedIds: {} })).toEqual({
      '/a/': '/c/',
      '/b/': '/c/',
    }));
});

describe('aliasesOnPage', () => {
  test('lists the old ids a page must still answer to', () =>
    expect(
      aliasesOnPage('/reflection/', {
        movedPages: {},
        movedIds: { '/reflection/#energizes': '/reflection/#what-truly-energizes-you', '/x/#a': '/x/#b' },
      }),
    ).toEqual([{ from: 'energizes', to: 'what-truly-energizes-you' }]));
});

describe('updatedContract', () => {
  test('records what the build publishes and keeps every move', () => {
    const moves = { movedPages: { '/old/': '/a/' }, movedIds: { '/a/#x': '/a/#y' } };
    expect(
      updatedContract(contract(moves), { pages: { '/b/': [], '/a/': ['y'] }, shortLinks: { y: '/a/#y' } }),
    ).toEqual({
      pages: { '/a/': ['y'], '/b/': [] },
      shortLinks: { y: '/a/#y' },
      ...moves,
    });
  });
});

describe('insertAliasTargets', () => {
  const html = '<ul><li id="what-truly-energizes-you" class="q"><p>What truly energizes you?</p></li></ul>';
  test('puts an empty target with the old id first inside the renamed section', () =>
    expect(insertAliasTargets(html, [{ from: 'energizes', to: 'what-truly-energizes-you' }]).html).toBe(
      '<ul><li id="what-truly-energizes-you" class="q"><span id="energizes" class="anchor-alias" data-alias-of="what-truly-energizes-you"></span><p>What truly energizes you?</p></li></ul>',
    ));
  test('reports an alias whose section is missing and leaves the page as it was', () =>
    expect(insertAliasTargets(html, [{ from: 'old', to: 'nowhere' }])).toEqual({
      html,
      missing: ['old → nowhere'],
    }));
  test('adds nothing when the old id is still on the page', () =>
    expect(
      insertAliasTargets(html, [{ from: 'what-truly-energizes-you', to: 'what-truly-energizes-you' }]).html,
    ).toBe(html));
  test('puts the target inside the legend of a fieldset, which must stay its first child', () =>
    expect(
      insertAliasTargets('<fieldset id="q"> <legend class="l">Q?</legend></fieldset>', [
        { from: 'old', to: 'q' },
      ]).html,
    ).toBe(
      '<fieldset id="q"> <legend class="l"><span id="old" class="anchor-alias" data-alias-of="q"></span>Q?</legend></fieldset>',
    ));
  test('does not mistake an id that merely ends the same for the section', () =>
    expect(
      insertAliasTargets('<h2 id="the-pros">x</h2><h2 id="pros">y</h2>', [{ from: 'p', to: 'pros' }]).html,
    ).toBe(
      '<h2 id="the-pros">x</h2><h2 id="pros"><span id="p" class="anchor-alias" data-alias-of="pros"></span>y</h2>',
    ));
});

describe('diffContract and moves of ids no longer listed on their page', () => {
  const moved = contract({
    pages: { '/r/': ['what-truly-energizes-you'] },
    shortLinks: {},
    movedIds: { '/r/#energizes': '/r/#what-truly-energizes-you' },
  });
  test('counts an old id as kept while the build carries its alias target', () =>
    expect(
      diffContract(moved, {
        pages: { '/r/': ['what-truly-energizes-you'] },
        shortLinks: {},
        aliases: ['/r/#energizes'],
      }).aliased,
    ).toEqual(['/r/#energizes → /r/#what-truly-energizes-you']));
  test('reports an old id as removed once its alias target is gone', () =>
    expect(
      diffContract(moved, { pages: { '/r/': ['what-truly-energizes-you'] }, shortLinks: {} }).removed,
    ).toEqual(['/r/#energizes']));
});
