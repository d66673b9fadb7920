import { describe, expect, test } from 'vitest';
import { describeNuMessage, isCssCheckerGap } from '../support/nu-checker';

const report = (message: string) => ({ message });

describe('isCssCheckerGap', () => {
  test('passes over the CSS the checker predates: @property, @view-transition and friends', () => {
    for (const message of [
      'CSS: Unrecognized at-rule “@property”',
      'CSS: Unrecognized at-rule “@view-transition”',
      "CSS: “margin-trim”: Property “margin-trim” doesn't exist.",
      "CSS: “field-sizing”: Property “field-sizing” doesn't exist.",
      'CSS: “transition-property”: “--tw-gradient-from” is not a “transition-property” value.',
    ]) {
      expect(isCssCheckerGap(report(message)), message).toBe(true);
    }
  });

  test('keeps every HTML error and any other CSS report', () => {
    for (const message of [
      'Bad value “data:image/svg+xml,%3Csvg a” for attribute “href” on element “link”: Illegal character after “ta:”. Space is not allowed.',
      "CSS: “colr”: Property “colr” doesn't exist.",
      'CSS: Unrecognized at-rule “@propertyx”',
      'CSS: “transition-property”: “colr” is not a “transition-property” value.',
      'CSS: “margin-trim”: “sideways” is not a “margin-trim” value.',
      'Duplicate ID “let-go”.',
    ]) {
      expect(isCssCheckerGap(report(message)), message).toBe(false);
    }
  });
});

describe('describeNuMessage', () => {
  test('names the page by its path inside the build it came from', () => {
    const message = {
      type: 'error',
      url: 'file:/tmp/dist-subpath/reflection/index.html',
      lastLine: 4,
      message: 'Duplicate ID “let-go”.',
    };
    expect(describeNuMessage(message, ['/tmp/dist', '/tmp/dist-subpath'])).toBe(
      'reflection/index.html in /tmp/dist-subpath:4 Duplicate ID “let-go”.',
    );
  });
});
