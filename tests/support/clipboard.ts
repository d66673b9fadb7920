import type { BrowserContext, Page } from 'playwright-core';

/*
 * The run's one Chromium has one clipboard, shared with every test file running beside this
 * one (a share link copied by the reflection tests once stood in for a deep link copied here).
 * So a test never reads the clipboard back: it reads what its own page handed to it.
 */

/** Contexts whose pages already record their copies. */
const recording = new WeakSet<BrowserContext>();

/**
 * Lets `context` copy, and records each text its pages copy, once the browser has taken it.
 * Granted again on a kept context (its permissions are cleared between tests), the recorder is
 * added once.
 */
export async function allowCopy(context: BrowserContext, origin?: string): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], origin ? { origin } : undefined);
  if (recording.has(context)) return;
  recording.add(context);
  await context.addInitScript(recordCopies);
  for (const page of context.pages()) await page.evaluate(recordCopies);
}

/** The last text this page copied ('' before any). */
export const copied = (page: Page): Promise<string> =>
  page.evaluate(() => (window as unknown as { copied?: string[] }).copied?.at(-1) ?? '');

/** Runs in the page: wraps writeText, keeping its outcome, to note what it wrote. */
function recordCopies() {
  const page = window as unknown as { copied?: string[] };
  const clipboard = navigator.clipboard;
  if (!clipboard || page.copied) return;
  page.copied = [];
  const write = clipboard.writeText.bind(clipboard);
  clipboard.writeText = async (text: string) => {
    await write(text);
    page.copied!.push(text);
  };
}
