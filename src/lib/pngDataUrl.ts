import { Resvg } from '@resvg/resvg-js';

/**
 * An SVG drawn at build time as a PNG `data:` URL, `width` pixels wide.
 *
 * For the page's icon: Chromium draws an SVG icon by building a small SVG document on the
 * page's main thread (parse, style, layout, paint) while the page is still painting its
 * content; a PNG is only decoded. Lighthouse counted that extra layout against every page's
 * LCP (about 30 ms of its 4× CPU estimate), and it is work a phone does too.
 */
export function pngDataUrl(svg: string, width: number): string {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
  return `data:image/png;base64,${png.toString('base64')}`;
}
