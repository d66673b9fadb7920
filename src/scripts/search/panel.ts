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

/** Pagefind's input, with a shorter debounce than its default: results follow typing. */
export function searchInput(): HTMLElement {
  return element('pagefind-input', { placeholder: SEARCH_PLACEHOLDER, debounce: '1' });
}

/** Filters, status line, results (with section sub-results) and the no-results help. */
export function searchBody(bundle: string): HTMLElement[] {
  keepHiddenTermsOut(searchInstance());
  newestSearchWins(searchInstance());
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

/** Instances whose searches already run newest-first (the search UI may be built twice on a page). */
const ordered = new WeakSet<object>();

/** The part of Pagefind's instance, not in its public API, that runs one search. */
interface SearchRunner {
  __search__(term: string, filters: Record<string, string[]>): Promise<void>;
  __load__(): Promise<void>;
  __dispatch__(event: 'loading'): void;
}

/**
 * The last search asked for is the one shown. Pagefind numbers each search, to drop stale
 * results, only once its index has loaded; and it lets a search asked for while that load
 * is finishing go first. The searches typed before it ("codi", "codin") are numbered after,
 * and an earlier prefix's results stood under the last word typed ("No results for coding"):
 * once in about thirty fast first searches. So each search is numbered here, when asked for,
 * and one that a newer search has overtaken while the index loaded is not run at all. What
 * does run keeps Pagefind's own numbering, in the order asked.
 */
function newestSearchWins(instance: PagefindInstance) {
  if (ordered.has(instance)) return;
  ordered.add(instance);
  const runner = instance as unknown as SearchRunner;
  const run = runner.__search__.bind(runner);
  let asked = 0;
  runner.__search__ = async (term, filters) => {
    const mine = ++asked;
    runner.__dispatch__('loading');
    await runner.__load__();
    if (mine === asked) await run(term, filters);
  };
}

/** The site's deploy base (`/`, `/guide/`), from the bundle path under it. */
function siteBaseOf(bundle: string): string {
  return bundle.replace(/pagefind\/$/, '');
}
