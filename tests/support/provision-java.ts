import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall } from './apt-install';

/** The java that runs the W3C Nu checker: `JAVA` when set, else the one on PATH. */
export function javaCommand(): string {
  return process.env.JAVA ?? 'java';
}

function runs(command: string): boolean {
  try {
    execFileSync(command, ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure a Java runtime is there for the Nu HTML checker (vnu.jar): `JAVA` if set, else
 * `java` on PATH, else Debian's default-jre-headless, installed here when we are root.
 * Otherwise fails saying how.
 */
export function provisionJava(): void {
  if (process.env.JAVA) {
    if (!existsSync(process.env.JAVA) && !runs(process.env.JAVA))
      throw new Error(`JAVA=${process.env.JAVA} does not run.`);
    return;
  }
  if (runs('java')) return;
  aptInstall(
    'default-jre-headless',
    'The HTML gate runs the W3C Nu checker, which needs Java: run `sudo apt-get install -y default-jre-headless`, or set JAVA to a java binary.',
  );
}
