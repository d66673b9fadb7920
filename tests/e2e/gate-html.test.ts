import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../../tools/lib/built-site';
import { distDir } from '../../tools/lib/paths';
import config from '../../.htmlvalidate.mjs';

/**
 * html-validate with the project's .htmlvalidate.mjs (recommended rules; each exception is
 * explained there), passed in explicitly: under Vitest the file-system loader does not pick
 * an .mjs config up.
 */
const validator = new HtmlValidate(config);
const describeMessage = (m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`;

describe('HTML validity gate', () => {
  test('every built page passes html-validate with zero errors', async () => {
    const problems: string[] = [];
    for (const page of builtPages(distDir)) {
      const report = await validator.validateFile(page.file);
      for (const result of report.results) {
        for (const message of result.messages.filter((m) => m.severity === 2)) problems.push(`${page.path} ${describeMessage(message)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
