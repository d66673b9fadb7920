import faviconSvg from '../../public/favicon.svg?raw';
import { pngDataUrl } from '../lib/pngDataUrl';

/**
 * The page icon as a `data:` URL, drawn once per build (a module runs once; a component's
 * frontmatter runs for every page). A 32 px PNG rather than the SVG: see pngDataUrl.
 * public/favicon.svg (which also follows the dark theme) remains for whoever asks by URL.
 */
export const FAVICON_URL = pngDataUrl(faviconSvg, 32);
