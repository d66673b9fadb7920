import { describe, expect, test } from 'vitest';
import { aboutSize, saveListOf, savedUrlOf } from '../../../src/lib/offline/saveList';

describe('savedUrlOf', () => {
  test('saves every page at its address, the home page included', () => {
    expect(savedUrlOf('index.html', '/')).toBe('/');
    expect(savedUrlOf('technical-track/pros/deep-impact/index.html', '/')).toBe(
      '/technical-track/pros/deep-impact/',
    );
    expect(savedUrlOf('read/index.html', 'guide')).toBe('/guide/read/');
  });

  test('saves the code, the section data and what search uses', () => {
    expect(savedUrlOf('_astro/path-app-Cko1eKpo.js', '/')).toBe('/_astro/path-app-Cko1eKpo.js');
    expect(savedUrlOf('path/sections.json', '/')).toBe('/path/sections.json');
    for (const file of [
      'pagefind-component-ui.js',
      'pagefind-entry.json',
      'wasm.en_ccf429efc1.pagefind',
      'index/en_1.pf_index',
    ])
      expect(savedUrlOf(`pagefind/${file}`, '/')).toBe(`/pagefind/${file}`);
  });

  test('leaves out what a reader offline never needs', () => {
    for (const file of [
      '404.html',
      'offline/index.html',
      's/deep-impact/index.html',
      'og/deep-impact.png',
      'sw.js',
      'manifest.webmanifest',
      'icon-192.png',
      'sitemap-0.xml',
      'robots.txt',
      '_headers',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-modular-ui.css',
      'pagefind/wasm.unknown.pagefind',
      '_astro/a.js.map',
    ])
      expect([file, savedUrlOf(file, '/')]).toEqual([file, undefined]);
  });

  test('refuses paths that climb out of the build or are absolute', () => {
    expect(savedUrlOf('../secret/index.html', '/')).toBeUndefined();
    expect(savedUrlOf('/etc/index.html', '/')).toBeUndefined();
  });
});

describe('saveListOf', () => {
  test('lists the chosen files in a stable order and adds up their size', () => {
    const list = saveListOf(
      [
        { path: 'third-way/index.html', bytes: 9000 },
        { path: 'index.html', bytes: 10_000 },
        { path: 'og/x.png', bytes: 50_000 },
        { path: '_astro/a.js', bytes: 1000 },
      ],
      '/',
    );
    expect(list).toEqual({ urls: ['/', '/_astro/a.js', '/third-way/'], bytes: 20_000 });
  });

  test('is empty for an empty build', () => {
    expect(saveListOf([], '/')).toEqual({ urls: [], bytes: 0 });
  });
});

describe('aboutSize', () => {
  test('says a size as a reader reads it, rounded up', () => {
    expect(aboutSize(443 * 1024)).toBe('about 450 KB');
    expect(aboutSize(1500)).toBe('about 10 KB');
    expect(aboutSize(1.24 * 1024 * 1024)).toBe('about 1.3 MB');
  });

  test('never says 0 or NaN', () => {
    expect(aboutSize(0)).toBe('under 10 KB');
    expect(aboutSize(Number.NaN)).toBe('under 10 KB');
    expect(aboutSize(-5)).toBe('under 10 KB');
  });
});
