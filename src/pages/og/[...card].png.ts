import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import satori from 'satori';
import { loadCards } from '../../data/cards';
import { svgToPng } from '../../lib/pngDataUrl';
import { CARD_HEIGHT, CARD_WIDTH, cardLayout, type SocialCard } from '../../lib/socialCard';
import { SITE_NAME, SITE_TAGLINE } from '../../site';

/** Link preview images, drawn at build time: satori lays the card out, resvg rasterises it. */
export const getStaticPaths = (async () =>
  (await loadCards()).map((card) => ({
    params: { card: card.path.replace(/^\/og\//, '').replace(/\.png$/, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

const require = createRequire(import.meta.url);
let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | undefined;
/** Inter, from its npm package (satori reads WOFF, not WOFF2), loaded once per build. */
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Inter',
      data: await readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export const GET: APIRoute<{ card: SocialCard }> = async ({ props }) => {
  const svg = await satori(
    cardLayout(props.card, SITE_NAME, SITE_TAGLINE) as unknown as Parameters<typeof satori>[0],
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: await loadFonts(),
    },
  );
  return new Response(new Uint8Array(svgToPng(svg, CARD_WIDTH)), {
    headers: { 'Content-Type': 'image/png' },
  });
};
