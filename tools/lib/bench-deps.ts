import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './paths.ts';

/**
 * Lighthouse and chrome-launcher serve only `npm run bench` (about 120 MB), so they are not in
 * the default install: package.json names them under `benchDependencies`, and the first bench
 * run installs exactly those versions into node_modules/.cache/bench-deps, saying so.
 */
const cache = join(root, 'node_modules/.cache/bench-deps');

/** A path inside one of the bench's dependencies, as installed in its cache folder. */
export function benchDepPath(name: string, ...parts: string[]): string {
  return join(cache, 'node_modules', name, ...parts);
}

function wanted(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    benchDependencies?: Record<string, string>;
  };
  if (!pkg.benchDependencies) throw new Error('package.json names no benchDependencies');
  return pkg.benchDependencies;
}

function installedVersion(name: string): string | undefined {
  const file = benchDepPath(name, 'package.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
    : undefined;
}

/** Installs the bench's own dependencies on first use (or when package.json changes their versions). */
export function ensureBenchDeps(): void {
  const missing = Object.entries(wanted()).filter(([name, version]) => installedVersion(name) !== version);
  if (missing.length === 0) return;
  const specs = missing.map(([name, version]) => `${name}@${version}`);
  console.error(
    `bench: installing ${specs.join(', ')} into node_modules/.cache/bench-deps (first run only)…`,
  );
  mkdirSync(cache, { recursive: true });
  execFileSync(
    'npm',
    ['install', '--prefix', cache, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', ...specs],
    { stdio: 'inherit' },
  );
}

/** Imports one of the bench's dependencies from its cache folder (its ESM entry point). */
export async function importBenchDep<T>(name: string): Promise<T> {
  const dir = benchDepPath(name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports?: string | Record<string, unknown>;
    main?: string;
  };
  const dot = typeof pkg.exports === 'object' ? pkg.exports['.'] : pkg.exports;
  const entry =
    typeof dot === 'string'
      ? dot
      : ((dot as Record<string, unknown> | undefined)?.['import'] ??
        (dot as Record<string, unknown> | undefined)?.['default'] ??
        pkg.main ??
        'index.js');
  return (await import(pathToFileURL(join(dir, String(entry))).href)) as T;
}
