import type { DOMNode, HtmlElement } from 'html-validate';

/** Elements whose text a reader never sees as page text. */
const unseen = new Set(['script', 'style', 'template', 'noscript']);
/** Elements the browser lays out as their own line: their text never runs into a neighbour's. */
const block =
  /^(address|article|aside|blockquote|br|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|legend|li|main|nav|ol|p|pre|section|summary|table|td|th|tr|ul)$/;

/**
 * The text a reader sees in a parsed element of built HTML, close to what `innerText`
 * gives in a browser: scripts, templates and `hidden` elements left out, a space between
 * blocks, white space collapsed. Read from dist/, so no browser is needed.
 */
export function readableText(element: HtmlElement): string {
  const parts: string[] = [];
  const walk = (node: DOMNode) => {
    if (node.nodeType === 3) {
      parts.push(node.textContent);
      return;
    }
    const el = node as HtmlElement;
    if (node.nodeType === 1 && (unseen.has(el.tagName) || el.hasAttribute('hidden'))) return;
    const isBlock = node.nodeType === 1 && block.test(el.tagName);
    if (isBlock) parts.push(' ');
    node.childNodes.forEach(walk);
    if (isBlock) parts.push(' ');
  };
  walk(element);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
