// The test suite's own bench (not a test): node tools/test-times.ts  (npm run bench:tests)
//
// Times `npm run test:quick` and `npm test` on this checkout, wall clock, and lists the time of
// each file of the full run, slowest first; writes bench/test-times.md, which `npm run bench`
// includes in its report. Run it on a quiet machine: the figures say how loaded it was.
// Targets: `npm test` ≤ 3 minutes, `npm run test:quick` ≤ 60 s (DESIGN.md, "Budgets").
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/paths.ts';
import { markdownTable } from './lib/markdown-table.ts';
import { fileTimes, type VitestReport } from './lib/test-times.ts';

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

/** Runs an npm script in the repository, its output passed through; returns its wall seconds and exit code. */
function timed(args: string[]): { seconds: number; code: number | null } {
  const started = performance.now();
  const { status } = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
  return { seconds: (performance.now() - started) / 1000, code: status };
}

const loadBefore = load();
const quick = timed(['run', 'test:quick']);
const reportFile = join(root, 'test-results/bench-vitest.json');
mkdirSync(join(root, 'test-results'), { recursive: true });
const full = timed([
  'test',
  '--',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
]);
const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;

const lines = [
  '## Test suite (npm run bench:tests)',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores; load average (1 / 5 / 15 min) ${loadBefore} before, ${load()} after.`,
  '',
  '| command | wall | result | target |',
  '| --- | ---: | --- | ---: |',
  `| npm run test:quick | ${quick.seconds.toFixed(0)} s | exit ${quick.code} | ≤ 60 s |`,
  `| npm test | ${full.seconds.toFixed(0)} s | ${report.numPassedTests} passed, ${report.numFailedTests} failed | ≤ 180 s |`,
  '',
  markdownTable(
    ['file (npm test)', 'seconds'],
    fileTimes(report, root).map(({ file, seconds }) => [file, seconds.toFixed(1)]),
  ),
  '',
];
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/test-times.md'), lines.join('\n'));
console.log(lines.join('\n'));
process.exitCode = quick.code || full.code || 0;
