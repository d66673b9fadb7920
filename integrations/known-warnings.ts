/** What Rolldown hands a build's `onwarn`: the fields we match on. */
export interface BuildWarning {
  code?: string;
  message: string;
}

/**
 * Drops the one build warning we know to be noise, and passes every other on.
 *
 * Astro's content-assets plugin (astro/dist/content/vite-plugin-content-assets.js) opens the
 * module it writes for each MDX entry (`*.mdx?astroPropagatedAssets`) with a
 * `"use astro:head-inject"` directive that nothing reads any more; Rolldown warns that it
 * cannot keep a module-level directive through bundling, once per MDX page (16 of them).
 * Upstream: https://github.com/withastro/astro/issues/18087 (open, fix verified). Remove this
 * filter when an Astro release stops writing the directive. Only that code with that directive
 * is dropped, so a directive of our own (or another package's) still warns.
 */
export function withoutKnownWarnings(warning: BuildWarning, warn: (warning: BuildWarning) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"'))
    return;
  warn(warning);
}
