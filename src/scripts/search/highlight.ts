/*
 * Arriving from a search result (`?highlight=soft&highlight=power#section`): marks the terms
 * in the article with Pagefind's highlighter and offers to clear them. Loaded only on such
 * visits. Terms come from the address bar, so they are cleaned first and only ever reach
 * the page as text (mark.js wraps matching text nodes; nothing is parsed as HTML).
 */
import { addScript, addStylesheet } from './pagefind-ui';
import { HIGHLIGHT_PARAM, highlightTermsOf, urlWithHighlight } from '../../lib/searchHighlight';

/** Marks the terms the URL asks for and shows a bar to clear them. */
export async function highlightFromUrl(bundle: string, styles: string): Promise<void> {
  const terms = highlightTermsOf(location.href);
  // Pagefind's highlighter reads the address bar itself: give it only the cleaned terms.
  history.replaceState(history.state, '', urlWithHighlight(location.href, terms));
  if (terms.length === 0) return;
  try {
    await Promise.all([addStylesheet(styles), addScript(`${bundle}pagefind-highlight.js`)]);
  } catch {
    return; // no search bundle (a dev server before any build): the page reads fine unmarked
  }
  const PagefindHighlight = window.PagefindHighlight;
  if (!PagefindHighlight) return;
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    // Our stylesheet colours the marks; an injected <style> would break the CSP.
    addStyles: false,
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
    },
  });
  const marks = document.querySelectorAll('mark.search-highlight');
  if (marks.length === 0) return;
  if (!location.hash) marks[0]!.scrollIntoView({ block: 'center' });
  showClearBar(terms, marks.length);
}

function showClearBar(terms: string[], count: number) {
  const bar = document.createElement('div');
  bar.className = 'search-highlight-bar';
  bar.setAttribute('role', 'status');
  const label = document.createElement('span');
  label.textContent = `${count} ${count === 1 ? 'match' : 'matches'} for “${terms.join(' ')}” highlighted`;
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.textContent = 'Clear highlight';
  clear.addEventListener('click', () => {
    for (const mark of document.querySelectorAll('mark.search-highlight'))
      mark.replaceWith(...mark.childNodes);
    document.querySelector('[data-pagefind-body]')?.normalize();
    history.replaceState(history.state, '', urlWithHighlight(location.href, []));
    bar.remove();
  });
  bar.append(label, clear);
  document.body.append(bar);
}
