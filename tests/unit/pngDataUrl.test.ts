import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pngDataUrl, svgToPng } from '../../src/lib/pngDataUrl';
import { root } from '../../tools/lib/paths';

const favicon = readFileSync(join(root, 'public/favicon.svg'), 'utf8');

/** The PNG inside a data: URL: its bytes, and the size its IHDR chunk declares. */
function decode(url: string): { bytes: Buffer; width: number; height: number } {
  const prefix = 'data:image/png;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  const bytes = Buffer.from(url.slice(prefix.length), 'base64');
  return { bytes, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('pngDataUrl', () => {
  test('draws the icon as a PNG of the asked width, in a valid base64 data: URL', () => {
    const url = pngDataUrl(favicon, 32);
    expect(url).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    const { bytes, width, height } = decode(url);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([width, height]).toEqual([32, 32]);
  });

  test('keeps the aspect ratio of a wide drawing', () => {
    const wide =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20"/></svg>';
    const { width, height } = decode(pngDataUrl(wide, 64));
    expect([width, height]).toEqual([64, 32]);
  });

  test('stays small enough to ride in every page (under 1 KB for the 32 px icon)', () => {
    expect(pngDataUrl(favicon, 32).length).toBeLessThan(1024);
  });

  test('fails the build on a file that is not SVG', () => {
    expect(() => pngDataUrl('not an svg', 32)).toThrow();
  });
});

describe('svgToPng', () => {
  test('gives the PNG bytes a data: URL of the same drawing carries', () => {
    const png = svgToPng(favicon, 48);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([48, 48]);
    expect(decode(pngDataUrl(favicon, 48)).bytes).toEqual(png);
  });
});
