import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { root } from '../../tools/lib/paths';
import { inheritedEnv } from './build';

/**
 * Starts `astro dev` on a port the OS picks, requests `paths` (site-relative, `/path/`), and
 * stops it; resolves with everything it printed. Waits for what it needs (the server's
 * address, then each request's log line, written once the page has been rendered, so what
 * rendering printed is in), never for a fixed time; gives up after `deadlineMs`, and always
 * stops the server. `--ignore-lock`: runs beside a maintainer's own `npm run dev` without
 * stopping it, and never in Astro's background mode (which it picks when it thinks an agent
 * runs it).
 */
export async function devServerOutput(paths: readonly string[], deadlineMs = 45_000): Promise<string> {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0', '--ignore-lock'],
    {
      cwd: root,
      env: { ...inheritedEnv(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const deadline = Date.now() + deadlineMs;

  /** Resolves with the first match of `pattern` in the output so far or to come. */
  const printed = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const look = () => {
        // Astro colours its banner (the address) even with FORCE_COLOR=0.
        const match = stripVTControlCharacters(output).match(pattern);
        if (match) return finish(() => resolve(match));
        if (child.exitCode !== null || child.signalCode !== null)
          return finish(() => reject(new Error(`astro dev exited before printing ${pattern}:\n${output}`)));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`astro dev did not print ${pattern} in time:\n${output}`))),
        Math.max(0, deadline - Date.now()),
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        child.stdout.off('data', look);
        child.stderr.off('data', look);
        child.off('close', look);
        settle();
      };
      child.stdout.on('data', look);
      child.stderr.on('data', look);
      child.on('close', look);
      look();
    });

  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const [, address] = await printed(/Local\s+(http:\/\/\S+)/);
    await Promise.all(
      paths.map(async (path) => {
        const response = await fetch(new URL(path.replace(/^\//, ''), address), {
          signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
        });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`astro dev answered ${response.status} for ${path}:\n${output}`);
      }),
    );
    const escaped = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await Promise.all(paths.map((path) => printed(new RegExp(`\\[200\\] ${escaped(path)}\\s`))));
    return output;
  } finally {
    child.kill('SIGTERM');
    await closed;
  }
}
