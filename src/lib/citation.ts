/**
 * A ready-to-paste Markdown link for docs and chat:
 * `[Political Vulnerability — DE or Director?](https://…/technical-track/cons/political-vulnerability/)`.
 * A section below the page title also names its page, so the citation reads on its own.
 * Brackets and backslashes in titles are escaped, and parentheses and spaces in the URL
 * percent-encoded, so the link survives any Markdown renderer.
 */
export function markdownCitation(input: {
  title: string;
  pageTitle?: string | undefined;
  siteName: string;
  url: string;
}): string {
  const parts = [
    input.title,
    input.pageTitle !== input.title ? input.pageTitle : undefined,
    input.siteName,
  ].filter(Boolean);
  const text = parts.join(' — ').replace(/[\\[\]]/g, (c) => `\\${c}`);
  const url = input.url.replace(
    /[()\s<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${text}](${url})`;
}
