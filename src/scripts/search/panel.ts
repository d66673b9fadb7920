/*
 * The parts of a search UI shared by the dialog and the /search/ page: Pagefind's own
 * input, summary and results components, plus two small components of ours built on the
 * same instance: filter chips (track, kind) and a "no results" panel that suggests topics.
 */
import { searchKinds, searchTracks } from '../../lib/searchFacets';
import { HIGHLIGHT_PARAM } from '../../lib/searchHighlight';
import { SEARCH_PLACEHOLDER } from '../../lib/searchQuery';
import { withoutHiddenTerms, type SearchResultData } from '../../lib/searchTerms';
import { correctionOf } from './did-you-mean';
import { element, searchInstance, type FilterCounts, type PagefindInstance } from './pagefind-ui';

const filterGroups = [
  {
    filter: 'track',
    legend: 'Track',
    values: searchTracks,
    labels: { technical: 'Technical', management: 'Management', both: 'Both tracks' },
  },
  {
    filter: 'kind',
    legend: 'Kind',
    values: searchKinds,
    labels: { pro: 'Pros', con: 'Cons', question: 'Questions', overview: 'Overviews' },
  },
] as const;

/** Topics readers look for that the guide answers; offered when a search finds nothing. */
export const SUGGESTED_TOPICS = ['politics', 'promotion', 'delegate', 'C-suite', 'architecture', 'influence'];

/** Toggle chips for the track and kind filters; one value per group, click again to clear. */
class SearchFilters extends HTMLElement {
  #instance!: PagefindInstance;
  #buttons = new Map<string, HTMLButtonElement>();

  connectedCallback() {
    if (this.#buttons.size) return;
    this.#instance = searchInstance();
    for (const group of filterGroups) {
      const chips = group.values.map((value) => {
        const button = element(
          'button',
          { type: 'button', class: 'search-chip', 'aria-pressed': 'false' },
          group.labels[value as keyof typeof group.labels],
        ) as HTMLButtonElement;
        button.append(element('span', { class: 'search-chip-count' }));
        button.addEventListener('click', () => this.#toggle(group.filter, value));
        this.#buttons.set(`${group.filter}:${value}`, button);
        return button;
      });
      this.append(
        element(
          'div',
          {
            role: 'group',
            'aria-label': `Filter by ${group.legend.toLowerCase()}`,
            class: 'search-chip-group',
          },
          element('span', { class: 'search-chip-legend', 'aria-hidden': 'true' }, group.legend),
          ...chips,
        ),
      );
    }
    this.#instance.on('search', (_term, filters) => this.#show(filters), this);
    this.#instance.on('filters', ({ available }) => this.#count(available), this);
  }

  #toggle(filter: string, value: string) {
    const selected = this.#instance.searchFilters?.[filter] ?? [];
    this.#instance.triggerFilter(filter, selected.includes(value) ? [] : [value]);
  }

  #show(filters: Record<string, string[]>) {
    for (const [key, button] of this.#buttons) {
      const [filter, value] = key.split(':') as [string, string];
      button.setAttribute('aria-pressed', String((filters?.[filter] ?? []).includes(value)));
    }
  }

  #count(available: FilterCounts) {
    for (const [key, button] of this.#buttons) {
      const [filter, value] = key.split(':') as [string, string];
      const count = this.#instance.searchTerm ? (available?.[filter]?.[value] ?? 0) : undefined;
      button.querySelector('.search-chip-count')!.textContent = count === undefined ? '' : String(count);
      button.classList.toggle('is-empty', count === 0);
    }
  }
}

/** Shown when a search finds nothing: topics to try instead, and a way out of the filters. */
class SearchSuggestions extends HTMLElement {
  connectedCallback() {
    if (this.childElementCount) return;
    const instance = searchInstance();
    this.hidden = true;
    const heading = element('p', { class: 'search-suggestions-title' });
    const clear = element('button', { type: 'button', class: 'search-chip' }, 'Clear filters');
    clear.addEventListener('click', () => {
      for (const group of filterGroups) instance.triggerFilter(group.filter, []);
    });
    const topics = SUGGESTED_TOPICS.map((topic) => {
      const button = element('button', { type: 'button', class: 'search-chip' }, topic);
      button.addEventListener('click', () => instance.triggerSearch(topic));
      return element('li', {}, button);
    });
    const browse = element(
      'a',
      { class: 'search-suggestions-browse', href: `${this.dataset.base ?? '/'}search/#topics` },
      'Browse every topic',
    );
    this.append(
      heading,
      element('p', { class: 'search-suggestions-hint' }, 'Try one of these topics:'),
      element('ul', { class: 'search-suggestion-list' }, ...topics),
      clear,
      browse,
    );
    instance.on(
      'results',
      ({ results }) => {
        const term = instance.searchTerm?.trim() ?? '';
        const filtered = Object.values(instance.searchFilters ?? {}).some((values) => values.length > 0);
        // Issue 13: a certain typo correction runs at once (search-correction): no "nothing matches" in between.
        this.hidden = !term || results.length > 0 || Boolean(correctionOf(term).auto);
        heading.textContent = `Nothing in the guide matches “${term}”${filtered ? ' with these filters' : ''}.`;
        clear.hidden = !filtered;
      },
      this,
    );
  }
}

if (!customElements.get('search-filters')) customElements.define('search-filters', SearchFilters);
if (!customElements.get('search-suggestions')) customElements.define('search-suggestions', SearchSuggestions);

/** Configures the shared instance: where the bundle is, the site base, highlighting on arrival. */
export function searchConfig(bundle: string): HTMLElement {
  return element('pagefind-config', {
    'bundle-path': bundle,
    'base-url': siteBaseOf(bundle),
    'highlight-param': HIGHLIGHT_PARAM,
    'excerpt-length': '22',
    lang: 'en',
  });
}

/** The search field last built: what it shows is what the reader typed. */
let searchField: HTMLElement | undefined;

/** Pagefind's input, with a shorter debounce than its default: results follow typing. */
export function searchInput(): HTMLElement {
  searchField = element('pagefind-input', {
    placeholder: SEARCH_PLACEHOLDER,
    debounce: '1',
  });
  return searchField;
}

/** Filters, status line, results (with section sub-results) and the no-results help. */
export function searchBody(bundle: string): HTMLElement[] {
  keepHiddenTermsOut(searchInstance());
  lastQueryLast(searchInstance());
  return [
    element('search-filters'),
    element('pagefind-summary'),
    element('search-correction', { class: 'search-correction', 'data-base': siteBaseOf(bundle) }),
    element('pagefind-results', { 'max-sub-results': '3' }),
    element('search-suggestions', { 'data-base': siteBaseOf(bundle) }),
  ];
}

/** Owns the hook below, so building a second search UI on the page replaces it rather than adding one. */
const hiddenTermsHook = {};

/**
 * Issue 13: results found through a page's hidden search terms show article text only,
 * with a "matched: IC" note (src/lib/searchTerms.ts). Pagefind loads each result's data
 * lazily, after this hook has run: wrapping `data()` here cleans every result it draws.
 */
function keepHiddenTermsOut(instance: PagefindInstance) {
  instance.on(
    'results',
    ({ results }) => {
      const query = instance.searchTerm ?? '';
      for (const result of results as Array<{ data(): Promise<SearchResultData> }>) {
        const load = result.data.bind(result);
        result.data = async () => withoutHiddenTerms(await load(), query);
      }
    },
    hiddenTermsHook,
  );
}

/** Owns the hook below (one per page, however often the search UI is built). */
const lastQueryHook = {};
let loaded = false;

/**
 * Pagefind numbers each search (to drop stale results) only after awaiting its load, and its
 * load sets the index aside before it has finished (it still awaits the filters): a keystroke
 * in that window is numbered at once, while the ones typed before it are numbered only when
 * the load ends, after it. An earlier prefix's results ("codin": none) then stand under the
 * last word typed ("No results for coding"): one fast typist in three, on a first search.
 * The load ends by announcing the filters, and every waiting search is numbered on the
 * microtasks that follow; so a task later the query as the field shows it runs once more,
 * numbered last: the last word typed wins. The field's text, not Pagefind's last term: a rerun
 * writes its term into the field whenever the field is not focused, and the reader's newest
 * typing may be on its way there (reopened search, taking over typing).
 */
function lastQueryLast(instance: PagefindInstance) {
  instance.on(
    'filters',
    () => {
      if (loaded) return;
      loaded = true;
      setTimeout(() => {
        const typed = searchField?.querySelector('input')?.value;
        if (typed) instance.triggerSearch(typed);
      });
    },
    lastQueryHook,
  );
}

/** The site's deploy base (`/`, `/guide/`), from the bundle path under it. */
function siteBaseOf(bundle: string): string {
  return bundle.replace(/pagefind\/$/, '');
}
