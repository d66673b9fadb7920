/**
 * Per-file times of a Vitest run, read from its JSON report (`--reporter=json`), for the bench's
 * "test suite" section: which files the suite's time goes to, slowest first.
 */

/** The part of Vitest's JSON report this reads. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{ name: string; startTime: number; endTime: number }>;
}

export interface FileTime {
  /** The file, relative to `root`. */
  file: string;
  seconds: number;
}

/** Each file's wall time in the run, slowest first, named relative to `root`. */
export function fileTimes(report: VitestReport, root: string): FileTime[] {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return report.testResults
    .map(({ name, startTime, endTime }) => ({
      file: name.startsWith(prefix) ? name.slice(prefix.length) : name,
      seconds: Math.max(0, endTime - startTime) / 1000,
    }))
    .sort((a, b) => b.seconds - a.seconds || a.file.localeCompare(b.file));
}

/**
 * The per-file seconds back from bench/test-times.md (the table `npm run bench:tests` writes:
 * `| tests/e2e/x.test.ts | 68.3 |`), by file. Other lines, the command table included, are
 * not file rows and are skipped.
 */
export function readFileTimes(markdown: string): Map<string, number> {
  const times = new Map<string, number>();
  for (const [, file, seconds] of markdown.matchAll(/^\| (\S+\.test\.ts) \| (\d+(?:\.\d+)?) \|$/gm))
    times.set(file!, Number(seconds));
  return times;
}
