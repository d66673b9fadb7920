/**
 * What the section-share element loads on first use: copying a section's link or a
 * Markdown citation, and offering a link to a selected passage. Kept out of the page's
 * eager script so a reader who never copies anything never downloads it.
 */
import { markdownCitation } from '../lib/citation';
import { addToPath } from './add-to-path';
import { parseSectionList } from '../lib/sectionList';
import { textFragmentOf } from '../lib/textFragment';

interface ShareContext {
  /** The section-share element: its data-* configure us, its live region speaks. */
  host: HTMLElement;
  /** Section id → its short id ('' when it has none). */
  sections: Record<string, string>;
  /** The button that was pressed, if any. */
  button?: HTMLButtonElement | undefined;
}

/**
 * Styles for the two things this module draws (the highlight offer and the copy-by-hand
 * field). They travel with the code rather than in every page's inlined CSS, and are
 * adopted as a constructed stylesheet, which the page's CSP allows (no inline style).
 */
const STYLES = `
.highlight-offer,.share-fallback{position:fixed;bottom:1rem;left:50%;z-index:30;translate:-50%;border-radius:.75rem;background:var(--ink);color:var(--paper);padding:.5rem 1rem;font:600 .875rem/1.4 var(--font-sans);box-shadow:0 4px 16px rgb(0 0 0/.25)}
.share-fallback{display:flex;gap:.5rem;align-items:center}
.share-fallback input{margin-inline-start:.5rem;width:min(60vw,24rem);border-radius:.375rem;background:var(--paper);color:var(--ink);padding:.25rem .5rem}
@media print{.highlight-offer,.share-fallback{display:none}}`;
const sheet = new CSSStyleSheet();
sheet.replaceSync(STYLES);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** The page's own URL, without query or fragment. */
function pageUrl(): URL {
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  return url;
}

/** The link to copy for a section: its short link when it has one, else page#id. */
function linkOf(id: string, ctx: ShareContext): string {
  const short = ctx.sections[id];
  if (short) return new URL(`${ctx.host.dataset.base ?? '/'}s/${short}/`, location.origin).href;
  const url = pageUrl();
  url.hash = id;
  return url.href;
}

/** Says something to screen readers through the polite live region. */
function announce(ctx: ShareContext, message: string) {
  const region = ctx.host.querySelector('[role="status"]');
  if (!region) return;
  // Clear first so the same message twice is announced twice.
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}

/**
 * Copies text, confirming in the live region and on the button. Where the clipboard is
 * unavailable (permissions, insecure origin) the text is shown selected in a field instead.
 */
async function copy(text: string, confirmation: string, ctx: ShareContext, anchorFor: Element) {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    announce(ctx, confirmation);
    const button = ctx.button;
    if (button) {
      const label = button.textContent;
      button.textContent = 'Copied';
      setTimeout(() => (button.textContent = label), 2000);
    }
  } catch {
    showFallback(text, ctx, anchorFor);
  }
}

/** A read-only field with the text selected, for copying by hand; Escape or Done closes it. */
function showFallback(text: string, ctx: ShareContext, near: Element) {
  document.querySelector('.share-fallback')?.remove();
  const box = document.createElement('span');
  box.className = 'share-fallback';
  const label = document.createElement('label');
  label.textContent = 'Copy this link';
  const field = document.createElement('input');
  field.readOnly = true;
  field.value = text;
  label.append(field);
  const done = document.createElement('button');
  done.type = 'button';
  done.textContent = 'Done';
  const close = () => {
    box.remove();
    ctx.button?.focus();
  };
  done.addEventListener('click', close);
  box.addEventListener('keydown', (event) => event.key === 'Escape' && close());
  box.append(label, done);
  near.append(box);
  field.focus();
  field.select();
  announce(ctx, 'Clipboard unavailable: the link is selected in a field, copy it with your keyboard');
}

/** The registered section a node belongs to: the last section starting at or before it. */
function sectionOf(node: Node, ctx: ShareContext): HTMLElement | undefined {
  let found: HTMLElement | undefined;
  for (const id of Object.keys(ctx.sections)) {
    const section = document.getElementById(id);
    if (!section) continue;
    if (section.contains(node) || section.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)
      found = section;
  }
  return found;
}

/** Offers "Copy link to highlight" for the current selection, or withdraws the offer. */
function offerHighlight(ctx: ShareContext) {
  const selection = getSelection();
  const text = selection?.toString() ?? '';
  const main = document.getElementById('main');
  const node = selection?.anchorNode;
  const section = node && main?.contains(node) ? sectionOf(node, ctx) : undefined;
  let offer = ctx.host.querySelector<HTMLButtonElement>('.highlight-offer');
  if (!section || !text.trim()) {
    offer?.remove();
    return;
  }
  if (!offer) {
    offer = document.createElement('button');
    offer.type = 'button';
    offer.className = 'highlight-offer';
    offer.textContent = 'Copy link to highlight';
    ctx.host.append(offer);
  }
  const fragment = textFragmentOf(section.id, text);
  offer.onclick = () => {
    const url = pageUrl();
    void copy(`${url.href}#${fragment}`, 'Link to highlight copied', { ...ctx, button: offer! }, ctx.host);
  };
}

/** Adds "Copy link" and "Copy Markdown citation" beside every section's plain `#` link. */
function addButtons(ctx: ShareContext) {
  for (const id of Object.keys(ctx.sections)) {
    const section = document.getElementById(id);
    if (!section) continue;
    // A heading's link sits beside it in its .section-head; a list item's sits inside it.
    const heading = /^H\d$/.test(section.tagName);
    let anchor = (heading ? section.parentElement : section)?.querySelector(':scope > .section-anchor');
    if (!anchor && heading) continue;
    if (!anchor) {
      anchor = document.createElement('a');
      anchor.className = 'section-anchor';
      anchor.setAttribute('href', `#${id}`);
      anchor.setAttribute('aria-label', 'Link to this section');
      section.prepend(anchor);
    }
    const tools = document.createElement('span');
    tools.className = 'section-tools';
    const actions = [
      ['link', 'Copy link'],
      ['cite', 'Copy Markdown citation'],
      ['path', 'Add to path'],
    ] as const;
    // Issue 11: "Add to path" for every section with a short link (a reading path names sections by it).
    for (const [action, label] of actions.filter(([action]) => action !== 'path' || ctx.sections[id])) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.share = action;
      button.dataset.id = id;
      button.textContent = label;
      tools.append(button);
    }
    anchor.after(tools);
  }
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-share]');
    if (button) share(button.dataset.share!, { ...ctx, button });
  });
}

/** Marks the contents-list entry of the section being read: the last one past the upper third. */
function trackContents() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
  if (links.length === 0) return;
  const track = () => {
    let current = '';
    for (const link of links) {
      const top = document.getElementById(link.hash.slice(1))?.getBoundingClientRect().top ?? Infinity;
      if (top < innerHeight / 3) current = link.hash;
    }
    for (const link of links) {
      if (link.hash === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  addEventListener('scroll', () => requestAnimationFrame(track), { passive: true });
  track();
}

/** What a section is called: a heading's text, or a card's or question's title. */
function titleOf(section: HTMLElement): string {
  const named = /^H\d$/.test(section.tagName)
    ? section
    : (section.querySelector('h3, strong, a:not(.section-anchor)') ?? section);
  return (named.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Copies a section's link or citation, for the button pressed. */
function share(action: string, ctx: ShareContext) {
  const id = ctx.button?.dataset.id;
  const section = id ? document.getElementById(id) : null;
  if (!id || !section) return;
  const tools = ctx.button?.parentElement ?? section;
  if (action === 'link') return void copy(linkOf(id, ctx), 'Link copied', ctx, tools);
  if (action === 'path')
    return addToPath(ctx.sections[id]!, titleOf(section), ctx.host, (message) => announce(ctx, message));
  const pageTitle = ctx.host.dataset.title ?? document.title;
  const title = section.tagName === 'H1' ? '' : titleOf(section);
  const url = pageUrl();
  if (title) url.hash = id;
  const citation = markdownCitation({
    title: title || pageTitle,
    pageTitle: title ? pageTitle : undefined,
    siteName: ctx.host.dataset.site ?? '',
    url: url.href,
  });
  return void copy(citation, 'Markdown citation copied', ctx, tools);
}

let context: ShareContext | undefined;

/**
 * Runs an action of the section-share element: `enhance` (once: buttons and the contents
 * tracker) or `select` (offer a link to the selected text). Either enhances first, so the
 * buttons are there whatever the reader did first.
 */
export function runShareAction(action: string, host: HTMLElement, event?: Event) {
  if (!context) {
    context = { host, sections: parseSectionList(host.dataset.sections ?? '') };
    addButtons(context);
    trackContents();
  }
  if (action === 'select' && !(event?.target instanceof Element && event.target.closest('section-share')))
    offerHighlight(context);
}
