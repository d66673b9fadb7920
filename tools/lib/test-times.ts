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
