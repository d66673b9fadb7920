import { describe, expect, test, vi } from 'vitest';
import { withoutKnownWarnings } from '../../integrations/known-warnings';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/guide/third-way.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('withoutKnownWarnings', () => {
  test('drops the directive Astro writes into every MDX entry (withastro/astro#18087)', () => {
    const warn = vi.fn();
    withoutKnownWarnings(headInject, warn);
    expect(warn).not.toHaveBeenCalled();
  });
  test('passes on any other module-level directive', () => {
    const warn = vi.fn();
    const ours = {
      code: 'MODULE_LEVEL_DIRECTIVE',
      message: headInject.message.replace('astro:head-inject', 'use client'),
    };
    withoutKnownWarnings(ours, warn);
    expect(warn).toHaveBeenCalledWith(ours);
  });
  test('passes on every other warning, with or without a code', () => {
    const warn = vi.fn();
    const others = [{ code: 'CIRCULAR_DEPENDENCY', message: headInject.message }, { message: 'no code' }];
    for (const warning of others) withoutKnownWarnings(warning, warn);
    expect(warn.mock.calls).toEqual(others.map((warning) => [warning]));
  });
});
