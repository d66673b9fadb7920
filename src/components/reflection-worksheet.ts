/**
 * `<reflection-worksheet>`: brings the server-rendered worksheet to life. Loaded on
 * demand by Reflection.astro. Every worksheet on the page shares one set of answers
 * (module state below), kept in sync with localStorage and with other tabs. Worksheets
 * are never removed from a page, so there is no disconnectedCallback.
 * User text only ever goes into form values and textContent, never into markup.
 */
import { hasAnswers, positionFrom, withNote, withPosition, type Answers } from '../lib/reflection/answers';
import { answersAsMarkdown } from '../lib/reflection/markdown';
import { decodeShareFragment, isShareFragment, shareFragment } from '../lib/reflection/share';
import { loadAnswers, MEMORY_ONLY_NOTICE, saveAnswers, STORAGE_KEY } from '../lib/reflection/storage';
import { leaningOf } from '../lib/reflection/summary';
import type { Track } from '../lib/types';

const worksheets = new Set<ReflectionWorksheet>();
let answers: Answers = {};
/** Answers from a share link, shown read-only instead of the reader's own. */
let shared: Answers | undefined;
let storage: Storage | undefined;
let knownIds: string[] = [];
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let started = false;

function start(ids: string[]): string | undefined {
  started = true;
  knownIds = ids;
  const loaded = loadAnswers(() => localStorage, ids);
  ({ answers, storage } = loaded);
  addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    answers = loadAnswers(() => localStorage, ids).answers;
    renderAll();
  });
  // Typing then leaving within the debounce must not lose the last words.
  addEventListener('pagehide', () => saveTimer && saveNow());
  return loaded.notice;
}

function renderAll() {
  for (const worksheet of worksheets) worksheet.render();
}

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  if (!storage) return;
  if (!saveAnswers(storage, answers)) {
    storage = undefined;
    for (const worksheet of worksheets) worksheet.notify(MEMORY_ONLY_NOTICE);
  }
}

function update(next: Answers) {
  answers = next;
  renderAll();
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    saveNow();
    if (storage) for (const worksheet of worksheets) worksheet.status('Saved in this browser.');
  }, 400);
}

class ReflectionWorksheet extends HTMLElement {
  #fieldsets = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-q]')];
  #whole = this.hasAttribute('data-whole');

  connectedCallback() {
    const notice = started ? undefined : start((this.dataset.ids ?? '').split(' '));
    worksheets.add(this);
    if (notice) this.notify(notice);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('click', this.#onClick);
    for (const button of this.querySelectorAll('button')) button.disabled = false;
    if (this.#whole) {
      this.#openShareLink();
      addEventListener('hashchange', () => this.#openShareLink());
    }
    this.render();
  }

  /** Shows the current answers (or the shared ones) in the form and the summary. */
  render() {
    const shown = this.#whole && shared ? shared : answers;
    for (const fieldset of this.#fieldsets) {
      const { position, note = '' } = shown[fieldset.dataset.q!] ?? {};
      for (const radio of fieldset.querySelectorAll<HTMLInputElement>('[type=radio]')) {
        radio.checked = radio.value === String(position);
        radio.disabled = shown === shared;
      }
      const textarea = fieldset.querySelector('textarea')!;
      // The note being typed in is already right (and a blank one must keep its spaces).
      if (textarea !== document.activeElement) textarea.value = note;
      textarea.readOnly = shown === shared;
    }
    if (!this.#whole) return;
    const leaning = leaningOf(
      shown,
      this.#fieldsets.map((fieldset) => ({ id: fieldset.dataset.q!, tracks: fieldset.dataset.tracks!.split(' ') as [Track, Track] })),
      shown === shared ? 'their' : 'your',
    );
    this.#find('.rf-summary').hidden = false;
    this.#find('.rf-sum').textContent = leaning.sentences.join(' ');
    this.#find('.rf-split').hidden = !leaning.split;
    this.#find('.rf-shared').hidden = shown !== shared;
    this.#find<HTMLButtonElement>('[data-act=clear]').disabled = shown === shared;
  }

  /** A lasting, visible message (storage trouble, a bad share link). */
  notify(message: string) {
    const notice = this.#find('.rf-notice');
    notice.textContent = message;
    notice.hidden = false;
  }

  /** A passing message, announced politely. */
  status(message: string) {
    this.#find('.rf-status').textContent = message;
  }

  #find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #onInput = (event: Event) => {
    const field = event.target as HTMLInputElement | HTMLTextAreaElement;
    const id = field.closest<HTMLElement>('[data-q]')?.dataset.q;
    if (!id || (this.#whole && shared)) return;
    update(field.type === 'radio' ? withPosition(answers, id, positionFrom(field.value)) : withNote(answers, id, field.value));
  };

  #onClick = (event: Event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-act]')?.dataset.act;
    const shown = shared ?? answers;
    if (action === 'copy') this.#copy(this.#markdown(shown), 'Copied as Markdown.');
    if (action === 'download') {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([this.#markdown(shown)], { type: 'text/markdown' }));
      link.download = 'my-reflection-answers.md';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }
    if (action === 'print') print();
    if (action === 'share') {
      if (!hasAnswers(shown)) return this.status('Nothing to share yet.');
      const url = new URL(this.dataset.page! + shareFragment(shown), location.href).href;
      const field = this.#find<HTMLInputElement>('.rf-url');
      field.value = url;
      this.#find('.rf-link').hidden = false;
      this.#copy(url, 'Share link copied.');
    }
    if (action === 'clear') {
      if (!hasAnswers(answers)) return this.status('Nothing to clear.');
      if (!confirm('Clear all your answers and notes? This cannot be undone.')) return;
      answers = {};
      saveNow();
      renderAll();
      this.status('Your answers were cleared.');
    }
    if (action === 'own' || action === 'adopt') {
      if (action === 'adopt') {
        if (hasAnswers(answers) && !confirm('Replace your own answers with these shared ones?')) return;
        answers = shared!;
        saveNow();
      }
      shared = undefined;
      history.replaceState(null, '', location.pathname + location.search);
      renderAll();
      this.status(action === 'own' ? 'Showing your own answers.' : 'Saved these as your answers.');
    }
  };

  #openShareLink() {
    if (!isShareFragment(location.hash)) return;
    const decoded = decodeShareFragment(location.hash, knownIds);
    if (decoded.ok) shared = decoded.answers;
    else this.notify(`This share link could not be opened: ${decoded.reason}. Your own answers are shown.`);
    this.render();
  }

  #markdown(shown: Answers): string {
    const questions = this.#fieldsets.map((fieldset) => {
      const question = fieldset.querySelector('strong')!.textContent!;
      const poles = [...fieldset.querySelectorAll('.rf-pole')].map((pole) => pole.textContent!) as [string, string];
      return { id: fieldset.dataset.q!, question, prompt: fieldset.querySelector('legend')!.textContent!.replace(question, '').trim(), poles };
    });
    return answersAsMarkdown(shown, questions, shown === shared ? 'Answers shared with me' : 'My answers to the hard questions');
  }

  #copy(text: string, done: string) {
    // Clipboard access can be missing (plain http) or refused: either way, say so.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
      () => this.status(done),
      () => this.status('Copying was blocked: use Download instead.'),
    );
  }
}

customElements.define('reflection-worksheet', ReflectionWorksheet);
