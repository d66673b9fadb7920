/*
 * "Did you mean delegate?" (issue 13). When a word of a query is in none of the guide's
 * words (not even as their start or stem) but one edit from some (src/lib/typos.ts),
 * either the correction is certain (one misspelt word, one neighbour) and its results show
 * at once, with a note saying so, or the candidates are offered as links. The guide's
 * words decide, not Pagefind's result count: for a word it does not know, Pagefind may
 * still return pages matching a fragment of it ("delagate" finds "DE"). The word list is
 * built into this code (integrations/search-vocabulary.ts): it loads with search, not before.
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
  const link = element(
    'a',
    { href: `${base}search/?q=${encodeURIComponent(query)}`, class: 'search-suggestion-link' },
    query,
  ) as HTMLAnchorElement;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    searchInstance().triggerSearch(query);
  });
  return link;
}

/** Above the results: runs a certain correction and says so, or asks "Did you mean …?". */
class SearchCorrection extends HTMLElement {
  #corrected: { from: string; to: string } | undefined;

  connectedCallback() {
    if (this.hasAttribute('role')) return;
    this.setAttribute('role', 'status');
    this.hidden = true;
    const instance = searchInstance();
    instance.on(
      'results',
      () => {
        const term = instance.searchTerm?.trim() ?? '';
        if (this.#corrected && term === this.#corrected.to)
          return this.#say(
            `No results for “${this.#corrected.from}”. Showing results for `,
            element('strong', {}, this.#corrected.to),
            '.',
          );
        this.#corrected = undefined;
        const { auto, suggestions } = term ? correctionOf(term) : { auto: undefined, suggestions: [] };
        if (auto) {
          this.#corrected = { from: term, to: auto };
          return instance.triggerSearch(auto);
        }
        if (suggestions.length === 0) return void (this.hidden = true);
        const base = this.dataset.base ?? '/';
        this.#say(
          'Did you mean ',
          ...suggestions.flatMap((query, i) => [...(i ? [' or '] : []), searchLink(query, base)]),
          '?',
        );
      },
      this,
    );
  }

  #say(...parts: (Node | string)[]) {
    this.replaceChildren(...parts);
    this.hidden = false;
  }
}

if (!customElements.get('search-correction')) customElements.define('search-correction', SearchCorrection);
