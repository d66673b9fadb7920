import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../../tools/lib/paths';

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * This process's environment minus what Vitest adds to it, so a child `astro build` (or check,
 * or dev) is the one a maintainer runs. Vitest copies `import.meta.env` into `process.env`
 * (BASE_URL=/, MODE, DEV, PROD, SSR): a build that inherits BASE_URL=/ ignores the configured
 * `base` (every link loses its /guide/ prefix). It sets NODE_ENV=test: a build that inherits it
 * has `import.meta.env.PROD` false (the pages lost their build mark for the offline worker).
 * And VITEST=true makes `astro dev` answer 404 to every page.
 */
export function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** Runs an Astro CLI command (`check`, `['--noSync']`) in a child process and collects what it prints. */
export function astroCommand(command: string, args: string[] = []): Promise<BuildResult> {
  return astroBuild({ command, args });
}

/** Runs a Node script of the project's (a path under its root) and collects what it prints. */
export function runNodeScript(
  script: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, script), ...args], {
      cwd: options.cwd ?? root,
      env: options.env ?? { ...inheritedEnv(), FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * Runs `astro build` in a child process (its own Vite, its own env), the way
 * `npm run build` does, and collects what it prints.
 */
export function astroBuild(
  options: { cwd?: string; env?: Record<string, string>; args?: string[]; command?: string } = {},
): Promise<BuildResult> {
  return runNodeScript(
    'node_modules/astro/bin/astro.mjs',
    [options.command ?? 'build', ...(options.args ?? [])],
    {
      cwd: options.cwd ?? root,
      env: { ...inheritedEnv(), ...options.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    },
  );
}
