import { describe, expect, test } from 'vitest';
import { killSwitchWorker, offlineWorker } from '../../../integrations/offline-worker';
import {
  SEARCH_NEEDS_CONNECTION,
  SEARCH_PAGE_NEEDS_CONNECTION,
} from '../../../src/lib/offline/searchUnavailable';

/** The registration script URL the integration hands the pages (`__OFFLINE_REGISTER_URL__`). */
async function registerUrlFor(command: 'dev' | 'build', enabled: boolean, base = '/'): Promise<unknown> {
  let define: Record<string, string> = {};
  const setup = offlineWorker({ enabled }).hooks['astro:config:setup'] as unknown as (
    options: object,
  ) => Promise<void>;
  await setup({
    config: { base, build: { assets: '_astro' } },
    command,
    updateConfig: (update: { vite: { define: Record<string, string> } }) => (define = update.vite.define),
  });
  return JSON.parse(define.__OFFLINE_REGISTER_URL__!);
}

describe('offlineWorker', () => {
  test('registers no worker in `npm run dev`', async () => {
    expect(await registerUrlFor('dev', true)).toBeNull();
  });

  test('registers no worker in a kill-switch build', async () => {
    expect(await registerUrlFor('build', false)).toBeNull();
  });

  test('hands a build’s pages a hashed registration script under the deploy base', async () => {
    expect(await registerUrlFor('build', true, '/guide')).toMatch(
      /^\/guide\/_astro\/offline\.[0-9a-f]{10}\.js$/,
    );
  });

  test('the kill switch’s worker deletes our caches and unregisters, and touches no storage', async () => {
    const code = new TextDecoder().decode(await killSwitchWorker());
    expect(code).toContain('unregister()');
    expect(code).toContain('guide-offline');
    expect(code).not.toMatch(/localStorage|indexedDB/);
  });
});

describe('what search says with no connection', () => {
  test('speaks to the reader, says how to search offline, and never names a build command', () => {
    for (const text of [SEARCH_NEEDS_CONNECTION, SEARCH_PAGE_NEEDS_CONNECTION]) {
      expect(text).toMatch(/^Search needs a connection the first time/);
      expect(text).toContain('save the guide for offline reading');
      expect(text).not.toMatch(/npm|build|index/);
    }
  });
});
