import { execFileSync } from 'node:child_process';

/**
 * Installs a Debian package the tests need, when we are root (CI, the project's machines);
 * otherwise throws `howTo`, so the run stops saying what to do rather than failing later
 * with a missing binary.
 */
export function aptInstall(pkg: string, howTo: string): void {
  if (process.getuid?.() !== 0) throw new Error(howTo);
  console.log(`Installing Debian’s ${pkg} for the tests…`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
