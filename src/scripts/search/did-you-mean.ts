/*
 * "Did you mean delegate?" (issue 13). When a query finds nothing and a word of it is one
 * edit from a word of the guide (src/lib/typos.ts), either the correction is certain (one
 * misspelt word, one neighbour) and its results show at once, with a note saying so, or
 * the no-results panel offers the candidates as links (panel.ts). The word list is built
 * into this code (integrations/search-vocabulary.mjs): it loads with search, not before.
 */
import words from 'virtual:search-vocabulary';
import { correctedQuery, misspellingsIn, suggestedQueries } from '../../lib/typos';
import { element, searchInstance } from './pagefind-ui';

const vocabulary = words.split(' ');

/** What to do about a query that found nothing: run `auto` at once, or offer `suggestions`. */
export function correctionOf(query: string): { auto: string | undefined; suggestions: string[] } {
  const misspellings = misspellingsIn(query, vocabulary);
  return { auto: correctedQuery(query, misspellings), suggestions: suggestedQueries(query, misspellings) };
}

/** A link that runs a search in place (and, followed without our code, opens it on the search page). */
export function searchLink(query: string, base: string): HTMLAnchorElement {
  const link = element('a', { href: `${base}search/?q=${encodeURIComponent(query)}`, class: 'search-suggestion-link' }, query) as HTMLAnchorElement;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    searchInstance().triggerSearch(query);
  });
  return link;
}

/** Runs the certain correction of a query that found nothing, and says so above its results. */
class SearchCorrection extends HTMLElement {
  #corrected: { from: string; to: string } | undefined;

  connectedCallback() {
    if (this.hasAttribute('role')) return;
    this.setAttribute('role', 'status');
    this.hidden = true;
    const instance = searchInstance();
    instance.on(
      'results',
      ({ results }) => {
        const term = instance.searchTerm?.trim() ?? '';
        if (this.#corrected && term === this.#corrected.to) return this.#show(this.#corrected.from, this.#corrected.to);
        this.#corrected = undefined;
        this.hidden = true;
        if (!term || results.length > 0) return;
        const { auto } = correctionOf(term);
        if (!auto) return;
        this.#corrected = { from: term, to: auto };
        instance.triggerSearch(auto);
      },
      this,
    );
  }

  #show(from: string, to: string) {
    const strong = element('strong', {}, to);
    this.replaceChildren(`No results for “${from}”. Showing results for `, strong, '.');
    this.hidden = false;
  }
}

if (!customElements.get('search-correction')) customElements.define('search-correction', SearchCorrection);
