import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';

/** A Markdown file's text with fenced code blocks and inline code spans blanked out (links there are examples). */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(`+)[^`\n]*?\1/g, (span) => ' '.repeat(span.length));
}

/** The `#anchors` GitHub gives a Markdown file's headings (github-slugger: lower case, duplicates numbered). */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, heading = ''] of withoutFences.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    // GitHub slugs the heading's text: code marks, emphasis and link targets are not part of it.
    const text = heading
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*+/g, '');
    anchors.add(slugger.slug(text));
  }
  return anchors;
}

/**
 * Every broken relative link in `files` (paths under `root`), as "file: [text](target) reason"
 * lines; empty when all is well. A relative link must name a file or folder of the repository;
 * its `#anchor`, on a Markdown file (or `#anchor` alone, on the same file), must be one of that
 * file's headings. Links to other sites (`https:`, `mailto:`) and site paths (`/path/`) are
 * not followed; links inside code are examples and are skipped.
 */
export function brokenMarkdownLinks(root: string, files: readonly string[]): string[] {
  const problems: string[] = [];
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let known = anchorsOf.get(file);
    if (!known) anchorsOf.set(file, (known = headingAnchors(readFileSync(file, 'utf8'))));
    return known;
  };
  for (const name of files) {
    const file = resolve(root, name);
    const text = withoutCode(readFileSync(file, 'utf8'));
    for (const [link = '', label = '', target = ''] of text.matchAll(
      /\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g,
    )) {
      const report = (reason: string) => problems.push(`${name}: ${link} ${reason}`);
      if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('/')) continue;
      if (!target) {
        report(`has no target (label "${label}")`);
        continue;
      }
      const [path = '', anchor] = target.split('#', 2) as [string, string | undefined];
      const linked = path ? join(dirname(file), decodeURIComponent(path)) : file;
      if (!linked.startsWith(resolve(root))) {
        report('points outside the repository');
        continue;
      }
      if (!existsSync(linked)) {
        report(`points to ${relative(root, linked)}, which does not exist`);
        continue;
      }
      if (anchor === undefined) continue;
      if (!linked.endsWith('.md') || statSync(linked).isDirectory()) {
        report(`has an #anchor on ${relative(root, linked)}, which is not a Markdown file`);
        continue;
      }
      if (!anchors(linked).has(decodeURIComponent(anchor)))
        report(`points to #${anchor}, which is not a heading of ${relative(root, linked)}`);
    }
  }
  return problems;
}
