import type { BrowserContext } from 'playwright-core';

/**
 * Collects, as "page: message" lines, everything a page in `context` reports as going
 * wrong: console errors (Chromium logs CSP violations there: "Refused to execute…"),
 * uncaught exceptions, and `securitypolicyviolation` events. The one expected error, a 404
 * status for a document the test deliberately opened, is not counted.
 */
export async function watchForErrors(context: BrowserContext): Promise<string[]> {
  const errors: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const page = message.page();
    const at = message.location().url;
    const isOwnDocument404 =
      /^Failed to load resource: .*status of 404/.test(message.text()) && page !== null && at === page.url();
    if (!isOwnDocument404) errors.push(`${page?.url() ?? at}: ${message.text()}`);
  });
  context.on('weberror', (error) =>
    errors.push(`${error.page()?.url() ?? '?'}: uncaught ${error.error().message}`),
  );
  return errors;
}
