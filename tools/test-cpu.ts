// What each e2e file costs the machine (not a test): node tools/test-cpu.ts [file …]  (npm run bench:test-cpu)
//
// `npm test` is bound by the two cores, so a file's wall time in a full run says more about its
// neighbours than about itself. This runs each e2e file alone, on the last build
// (E2E_SKIP_BUILD=1: run `npm test` or `npm run build` first), and counts the CPU seconds the
// whole machine spent meanwhile (/proc/stat: every process, the browsers included). Each figure
// includes Vitest's start-up (about 4 s). Run it on a quiet machine; it prints a table.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { markdownTable } from './lib/markdown-table.ts';
import { root } from './lib/paths.ts';

/** CPU seconds the machine has spent so far (user, nice and system, all cores; Linux only). */
function machineCpuSeconds(): number {
  const [user, nice, system] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]!
    .split(/\s+/)
    .slice(1, 4)
    .map(Number);
  return (user! + nice! + system!) / 100; // USER_HZ, 100 on Linux
}

const files =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : readdirSync(join(root, 'tests/e2e'))
        .filter((name) => name.endsWith('.test.ts'))
        .map((name) => `tests/e2e/${name}`);

const rows: { file: string; cpu: number; wall: number; code: number | null }[] = [];
for (const file of files) {
  const cpuBefore = machineCpuSeconds();
  const started = performance.now();
  const { status } = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', file], {
    cwd: root,
    env: { ...process.env, E2E_SKIP_BUILD: '1' },
    stdio: 'ignore',
  });
  rows.push({
    file,
    cpu: machineCpuSeconds() - cpuBefore,
    wall: (performance.now() - started) / 1000,
    code: status,
  });
  console.error(`${file}: ${rows.at(-1)!.cpu.toFixed(0)} CPU s`);
}

rows.sort((a, b) => b.cpu - a.cpu);
const sum = (key: 'cpu' | 'wall') => rows.reduce((total, row) => total + row[key], 0).toFixed(0);
console.log(
  markdownTable(
    [`e2e file, run alone (${cpus().length} cores)`, 'machine CPU s', 'wall s', 'exit'],
    [
      ...rows.map(({ file, cpu, wall, code }) => [file, cpu.toFixed(0), wall.toFixed(0), String(code)]),
      ['total', sum('cpu'), sum('wall'), ''],
    ],
  ),
);
