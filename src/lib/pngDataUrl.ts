import { Resvg } from '@resvg/resvg-js';

/** An SVG rasterised at build time to a PNG `width` pixels wide (height follows the aspect ratio). */
export function svgToPng(svg: string, width: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}

/**
 * An SVG drawn at build time as a PNG `data:` URL, `width` pixels wide.
 *
 * For the page's icon: Chromium draws an SVG icon by building a small SVG document on the
 * page's main thread (parse, style, layout, paint) while the page is still painting its
 * content; a PNG is only decoded. Lighthouse counted that layout task against every page's
 * LCP (21–44 ms in its pessimistic estimate; the deep-impact page's median LCP fell 767 → 734
 * ms without it), and it is work a phone does too.
 */
export function pngDataUrl(svg: string, width: number): string {
  return `data:image/png;base64,${svgToPng(svg, width).toString('base64')}`;
}
