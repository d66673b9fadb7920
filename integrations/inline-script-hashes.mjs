// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * CSP hashes for the scripts we inline by hand (`is:inline`), which Astro does not hash.
 * Computed from the same files the layout inlines, so the two cannot drift apart.
 * @param {URL[]} files
 * @returns {`sha256-${string}`[]}
 */
export function inlineScriptHashes(files) {
  return inlineTextHashes(files.map((file) => readFileSync(file, 'utf8')));
}

/**
 * CSP hashes for inline script texts generated at build time (the speculation rules JSON).
 * @param {string[]} texts exactly what the page inlines
 * @returns {`sha256-${string}`[]}
 */
export function inlineTextHashes(texts) {
  return texts.map((text) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(text).digest('base64')}`));
}
