import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { javaCommand } from './provision-java';

/** One report of the W3C Nu HTML checker (vnu), as its JSON output gives it. */
export interface NuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
}

/**
 * Reports of vnu's CSS module that are not errors in our pages: the module predates these
 * parts of CSS, all valid and shipped in browsers (and each degrades safely where it is not).
 * Matched on the whole message, so any other CSS report (a typo, a bad value) still fails.
 * - `@property`: Tailwind 4 registers its custom properties with it (CSS Properties and Values API).
 * - `@view-transition`: our cross-document fade (CSS View Transitions Level 2), global.css.
 * - `margin-trim`: only inside Tailwind's preflight `@supports (not (margin-trim: inline))` test,
 *   a feature query, which is exactly how unknown properties are meant to be asked about.
 * - `field-sizing`: textareas that grow with their text (reflection.css); ignored where unknown.
 * - custom properties in `transition-property` (Tailwind's transition utilities list
 *   `--tw-gradient-*`): the property takes any custom ident, registered properties animate.
 */
const cssCheckerGaps: readonly RegExp[] = [
  /^CSS: Unrecognized at-rule “@property”\.?$/,
  /^CSS: Unrecognized at-rule “@view-transition”\.?$/,
  /^CSS: “margin-trim”: Property “margin-trim” doesn't exist\.$/,
  /^CSS: “field-sizing”: Property “field-sizing” doesn't exist\.$/,
  /^CSS: “transition-property”: “--[\w-]+” is not a “transition-property” value\.$/,
];

/** Whether a report is one of the known gaps of vnu's CSS module rather than a problem in the page. */
export function isCssCheckerGap(message: Pick<NuMessage, 'message'>): boolean {
  return cssCheckerGaps.some((gap) => gap.test(message.message));
}

/** The jar's path (the package exports it as a String object). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Runs vnu once over every HTML file under the given directories (one JVM: starting Java is
 * most of its cost) and returns its error reports. vnu writes its JSON to stderr and exits
 * non-zero when it found errors; anything that is not that JSON is a failure to run.
 */
export function nuCheck(dirs: string[]): Promise<NuMessage[]> {
  // C1 only: a one-shot run finishes sooner without the optimising compiler (about a third of
  // the time here); with it, vnu's schema needs a deeper stack than the 512k it asks for.
  // Language detection only ever warns, and warnings are not asked for.
  const checks = ['--errors-only', '--skip-non-html', '--no-langdetect', '--format', 'json'];
  const args = ['-XX:TieredStopAtLevel=1', '-Xss4m', '-jar', vnuJar, ...checks, ...dirs];
  return new Promise((resolve, reject) => {
    const child = spawn(javaCommand(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve((JSON.parse(stderr) as { messages: NuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu exited with ${code} without a JSON report:\n${stderr}${stdout}`));
      }
    });
  });
}

/** A report as one line: the page's path under its build directory, line, message. */
export function describeNuMessage(message: NuMessage, dirs: string[]): string {
  const file = message.url.startsWith('file:') ? fileURLToPath(message.url) : message.url;
  const dir = dirs.find((candidate) => !relative(candidate, file).startsWith('..'));
  const where = dir ? `${relative(dir, file) || file} in ${dir}` : file;
  const extract = message.extract ? ` (“${message.extract.trim()}”)` : '';
  return `${where}:${message.lastLine ?? '?'} ${message.message}${extract}`;
}
