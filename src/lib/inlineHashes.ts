import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * CSP hashes for the scripts and styles we inline by hand (`is:inline`), which Astro does not
 * hash. Computed from the same files the layout inlines, so the two cannot drift apart.
 */
export function inlineFileHashes(files: readonly URL[]): `sha256-${string}`[] {
  return inlineTextHashes(files.map((file) => readFileSync(file, 'utf8')));
}

/** CSP hashes for inline texts generated at build time (the speculation rules JSON): exactly what the page inlines. */
export function inlineTextHashes(texts: readonly string[]): `sha256-${string}`[] {
  return texts.map(
    (text): `sha256-${string}` => `sha256-${createHash('sha256').update(text).digest('base64')}`,
  );
}
