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
  return files.map((file) => {
    const digest = createHash('sha256').update(readFileSync(file, 'utf8')).digest('base64');
    return /** @type {`sha256-${string}`} */ (`sha256-${digest}`);
  });
}
