import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { svgDataUrl } from '../../src/lib/svgDataUrl';
import { root } from '../../tools/lib/paths';

/** Characters a URL may hold raw (WHATWG URL code points plus percent escapes). */
const validUrl = /^[A-Za-z0-9!$&'()*+,\-./:;=?@_~]*(%[0-9A-F]{2}[A-Za-z0-9!$&'()*+,\-./:;=?@_~]*)*$/;

describe('svgDataUrl', () => {
  test('escapes spaces, braces, angle brackets, # and % so the URL is valid', () => {
    const url = svgDataUrl('<svg a="1"><style>rect{fill:#2f5d50} b%</style></svg>');
    expect(url).toBe(
      "data:image/svg+xml,%3Csvg%20a='1'%3E%3Cstyle%3Erect%7Bfill:%232f5d50%7D%20b%25%3C/style%3E%3C/svg%3E",
    );
    expect(url).toMatch(validUrl);
  });

  test('escapes non-ASCII as UTF-8 and trims surrounding whitespace', () => {
    expect(svgDataUrl('  <t>é</t>\n')).toBe('data:image/svg+xml,%3Ct%3E%C3%A9%3C/t%3E');
  });

  test('decodes back to the same picture', () => {
    const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
    const url = svgDataUrl(svg);
    expect(url).toMatch(validUrl);
    expect(decodeURIComponent(url.slice('data:image/svg+xml,'.length))).toBe(svg.trim().replace(/"/g, "'"));
  });
});
