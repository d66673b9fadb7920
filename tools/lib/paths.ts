import { fileURLToPath } from 'node:url';

/** The repository root, whatever directory the tests run from. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where the e2e run builds the production site. */
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
