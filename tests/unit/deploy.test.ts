import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { root } from '../../tools/lib/paths';

/** public/_headers as rules: path pattern → header lines (names lower-cased, "! name" kept as a detach). */
function headerRules(): Map<string, Array<[string, string]>> {
  const rules = new Map<string, Array<[string, string]>>();
  let current: Array<[string, string]> | undefined;
  for (const line of readFileSync(join(root, 'public/_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const detach = line.trim().match(/^!\s*(\S+)$/);
    if (detach) current?.push([`! ${detach[1]!.toLowerCase()}`, '']);
    else {
      const [name = '', ...value] = line.trim().split(':');
      current?.push([name.trim().toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}
const header = (rule: Array<[string, string]> | undefined, name: string) =>
  rule?.filter(([key]) => key === name).map(([, value]) => value);

describe('public/_headers', () => {
  const rules = headerRules();
  const everything = rules.get('/*');

  test('every response carries the security headers a meta tag cannot', () => {
    expect(header(everything, 'content-security-policy')).toEqual(["frame-ancestors 'none'"]);
    expect(header(everything, 'x-content-type-options')).toEqual(['nosniff']);
    expect(header(everything, 'referrer-policy')).toEqual(['strict-origin-when-cross-origin']);
    expect(header(everything, 'permissions-policy')?.[0]).toMatch(
      /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
    );
  });

  test('HTML is revalidated on every visit', () => {
    expect(header(everything, 'cache-control')).toEqual(['public, max-age=0, must-revalidate']);
  });

  test('hashed /_astro/ assets are cached for a year as immutable, replacing the revalidate rule', () => {
    const assets = rules.get('/_astro/*');
    expect(assets?.[0]).toEqual(['! cache-control', '']);
    expect(header(assets, 'cache-control')).toEqual(['public, max-age=31536000, immutable']);
  });
});

describe('the GitHub Pages workflow', () => {
  type Step = {
    uses?: string;
    run?: string;
    id?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  };
  const workflow = parse(readFileSync(join(root, '.github/workflows/deploy.yml'), 'utf8')) as {
    jobs: Record<string, { needs?: string; steps: Step[]; permissions?: Record<string, string> }>;
  };
  const { test: testJob, build, deploy } = workflow.jobs;

  test('runs the test suite before it builds, and deploys only what was built', () => {
    expect(testJob?.steps.some((step) => step.run === 'npm test')).toBe(true);
    expect(build?.needs).toBe('test');
    expect(deploy?.needs).toBe('build');
  });

  test('builds with the site URL and base path GitHub Pages reports for the repository', () => {
    const buildStep = build?.steps.find((step) => step.run === 'npm run build');
    expect(buildStep?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      SITE_BASE: '${{ steps.pages.outputs.base_path }}/',
    });
    expect(build?.steps.find((step) => step.id === 'pages')?.uses).toMatch(/^actions\/configure-pages@/);
    expect(
      build?.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with,
    ).toEqual({ path: 'dist' });
  });

  test('deploys with the Pages action and only the permissions it needs', () => {
    expect(deploy?.steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});
