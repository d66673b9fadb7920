import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../../tools/lib/built-site';
import { describeNuMessage, isCssCheckerGap, nuCheck } from '../support/nu-checker';
import { distDir, root } from '../../tools/lib/paths';
import { subpathBuild } from '../support/subpath-build';
import config from '../../.htmlvalidate.mjs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * html-validate with the project's .htmlvalidate.mjs (recommended rules; each exception is
 * explained there), passed in explicitly: under Vitest the file-system loader does not pick
 * an .mjs config up.
 */
const validator = new HtmlValidate(config);
const describeMessage = (m: Message) =>
  `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;

describe('HTML validity gate', () => {
  test('every built page passes html-validate with zero errors', async () => {
    const problems: string[] = [];
    for (const page of builtPages(distDir)) {
      const report = await validator.validateFile(page.file);
      for (const result of report.results) {
        for (const message of result.messages.filter((m) => m.severity === 2))
          problems.push(`${page.path} ${describeMessage(message)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  // One JVM for both builds: starting Java and loading the schemas is most of vnu's cost.
  const nuTitle = `every built page, at / and under ${subpathBuild.base}, passes the W3C Nu checker with zero errors`;
  test(nuTitle, { timeout: 120_000 }, async () => {
    // A page with two known faults rides along: proof the checker ran and that the gate can fail.
    const invalid = join(root, 'tests/fixtures/nu-invalid/');
    const dirs = [distDir, subpathBuild.dist, invalid];
    const messages = (await nuCheck(dirs)).filter((message) => !isCssCheckerGap(message));
    const isFixture = (url: string) => fileURLToPath(url).startsWith(invalid);
    expect(messages.filter((message) => isFixture(message.url)).map((message) => message.message)).toEqual([
      expect.stringMatching(
        /^Bad value .* for attribute “href” on element “link”: Illegal character .* Space is not allowed\.$/,
      ),
      expect.stringMatching(/^CSS: “colr”: Property “colr” doesn't exist\.$/),
    ]);
    const pageErrors = messages.filter((message) => !isFixture(message.url));
    expect(pageErrors.map((message) => describeNuMessage(message, dirs))).toEqual([]);
  });
});
