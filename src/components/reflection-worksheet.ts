/**
 * `<reflection-worksheet>`: brings the server-rendered worksheet to life. Loaded on
 * demand by the eager loader (src/scripts/reflection-loader.js). One element may hold
 * questions (`[data-q]` fieldsets), weighing controls (`[data-w]`) and a balance
 * (`.rf-bal`, drawn by reflection-balance.ts), in any mix and on any page. Every element shares one sheet (module state
 * below), kept in sync with localStorage and with other tabs, entry by entry. What the
 * reader did in the form before this code arrived is taken as theirs (the loader notes
 * when each field changed). Worksheets are never removed from a page, so there is no
 * disconnectedCallback. User text only ever goes into form values and textContent.
 */
import { hasAnswers, NOTE_MAX, positionFrom, withAnswer, type Answer } from '../lib/reflection/answers';
import { pointsFrom, type Point } from '../lib/reflection/points';
import type { Known } from '../lib/reflection/record';
import { decodeShareFragment, isShareFragment } from '../lib/reflection/share';
import {
  EMPTY_SHEET,
  hasNewerEntries,
  mergeSheets,
  stampAll,
  stampChanges,
  type Sheet,
} from '../lib/reflection/sheet';
import { clearSheet, loadSheet, MEMORY_ONLY_NOTICE, saveSheet, STORAGE_KEY } from '../lib/reflection/storage';
import { leaningOf, type QuestionPoles } from '../lib/reflection/summary';
import { weightFrom } from '../lib/reflection/weights';
import type { Track } from '../lib/types';
import type { BalanceRequest } from './reflection-balance';
import type { ToolRequest } from './reflection-tools';

const worksheets = new Set<ReflectionWorksheet>();
let sheet: Sheet = EMPTY_SHEET;
/** Answers and weights from a share link, shown read-only instead of the reader's own. */
let shared: Sheet | undefined;
let storage: Storage | undefined;
let known: Known;
let points: Point[];
/** Each question's id and the track at each end of its scale. */
let poles: QuestionPoles[];
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** The Markdown and share-link code (reflection-tools.ts), fetched on first use. */
let tools: Promise<unknown> | undefined;
/** The balance's code (reflection-balance.ts), fetched where a page shows a balance. */
let balanceCode: Promise<unknown> | undefined;
let started = false;
/** The worksheet the reader last changed: "Saved" is announced there only, not once per worksheet. */
let active: ReflectionWorksheet | undefined;

const stored = () => loadSheet(() => localStorage, known);

function start(element: HTMLElement): string | undefined {
  started = true;
  points = pointsFrom(element.dataset.points ?? '');
  poles = (element.dataset.ids ?? '').split(' ').map((entry) => {
    const [id, ...tracks] = entry.split(':');
    return { id: id!, tracks: tracks as [Track, Track] };
  });
  known = { ids: poles.map((q) => q.id), points: points.map((p) => p.id) };
  const loaded = stored();
  ({ sheet, storage } = loaded);
  addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    // Removed (cleared in another tab): cleared here too. Written: merged, newer entry wins.
    if (event.newValue !== null) return takeSaved();
    sheet = EMPTY_SHEET;
    renderAll();
  });
  // Back from the back/forward cache, storage events may have been missed.
  addEventListener('pageshow', (event) => event.persisted && takeSaved());
  // Typing then leaving within the debounce must not lose the last words; nor typing then
  // switching to another tab or app, which hides the page (and may end it) without a pagehide.
  const saveIfPending = () => saveTimer && saveNow();
  addEventListener('pagehide', saveIfPending);
  addEventListener('visibilitychange', () => document.hidden && saveIfPending());
  return loaded.notice;
}

/**
 * What another tab saved, merged into this tab's answers. Two tabs that save at the same
 * instant can each read the record before the other's write lands, so the later write drops
 * the earlier one's entry: the tab that still has it saves again.
 */
function takeSaved() {
  const saved = stored().sheet;
  if (hasNewerEntries(sheet, saved)) saveTimer ??= setTimeout(saveNow, 0);
  sheet = mergeSheets(sheet, saved);
  renderAll();
}

function renderAll() {
  for (const worksheet of worksheets) worksheet.render();
}

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  if (!storage) return;
  const saved = saveSheet(storage, sheet, known);
  if (!saved) {
    storage = undefined;
    for (const worksheet of worksheets) worksheet.notify(MEMORY_ONLY_NOTICE);
    return;
  }
  sheet = saved;
  renderAll();
  active?.status('Saved in this browser.');
}

function update(next: Sheet['answers']) {
  sheet = stampChanges(sheet, next, Date.now());
  renderAll();
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 400);
}

class ReflectionWorksheet extends HTMLElement {
  #fieldsets = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-q]')];
  #weighing = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-w]')];
  #all = [...this.#fieldsets, ...this.#weighing];
  #whole = this.hasAttribute('data-whole');

  connectedCallback() {
    const notice = started ? undefined : start(this);
    worksheets.add(this);
    if (notice) this.notify(notice);
    this.status(''); // a live region must be in the page before what it announces
    this.#takeEarlyAnswers();
    this.addEventListener('input', this.#onInput);
    this.addEventListener('click', this.#onClick);
    for (const button of this.querySelectorAll('button')) button.disabled = false;
    if (this.#whole) {
      this.#openShareLink();
      addEventListener('hashchange', () => this.#openShareLink());
    }
    this.render();
  }

  /**
   * Answers and weights given in the form before this code arrived: each is the reader's,
   * dated when the loader saw it change, unless the saved record has a newer one. A value
   * the browser restored into the form (no date) only fills a gap in the saved record.
   */
  #takeEarlyAnswers() {
    const early: { answers: Record<string, Answer>; times: Record<string, number> } = {
      answers: {},
      times: {},
    };
    for (const fieldset of this.#all) {
      const changed = Math.max(
        -1,
        ...[...fieldset.elements].map((field) => Number((field as HTMLElement).dataset.t ?? -1)),
      );
      const answer = this.#read(fieldset);
      if (changed < 0 && !Object.keys(withAnswer({}, '', answer)).length) continue;
      early.answers = withAnswer(early.answers, this.#idOf(fieldset), answer);
      early.times[this.#idOf(fieldset)] = Math.max(changed, 0);
    }
    if (!Object.keys(early.times).length) return;
    active = this;
    sheet = mergeSheets(sheet, early);
    saveTimer ??= setTimeout(saveNow, 0);
  }

  /** What a question's or a point's fieldset holds, as an answer. */
  #read(fieldset: HTMLFieldSetElement): Answer {
    const value = fieldset.querySelector<HTMLInputElement>(':checked')?.value;
    if (fieldset.hasAttribute('data-w')) return { weight: weightFrom(value) };
    return {
      position: positionFrom(value),
      note: fieldset.querySelector('textarea')!.value.slice(0, NOTE_MAX),
    };
  }

  #idOf(fieldset: HTMLFieldSetElement): string {
    return fieldset.dataset.q ?? (fieldset.elements[0] as HTMLInputElement).name;
  }

  /** Shows the current sheet (or the shared one) in the form, the summary and the balance. */
  render() {
    const shown = this.#whole && shared ? shared : sheet;
    const readOnly = shown === shared;
    for (const fieldset of this.#fieldsets) {
      const { position, note = '' } = shown.answers[fieldset.dataset.q!] ?? {};
      this.#check(fieldset, String(position), readOnly);
      const textarea = fieldset.querySelector('textarea')!;
      // The note being typed in is already right (and a blank one must keep its spaces).
      if (textarea !== document.activeElement) textarea.value = note;
      textarea.readOnly = readOnly;
    }
    for (const fieldset of this.#weighing)
      this.#check(fieldset, String(shown.answers[this.#idOf(fieldset)]?.weight), readOnly);
    const whose = readOnly ? 'their' : 'your';
    const section = this.#find('.rf-bal');
    // Nothing weighed: the server's empty state is right, and the drawing code is not needed.
    if (section && (balanceCode || points.some((point) => shown.answers[point.id]))) {
      const request: BalanceRequest = {
        section,
        answers: shown.answers,
        points,
        leaning: leaningOf(shown.answers, poles),
        whose,
      };
      // Drawn now when the code is here (events dispatch synchronously), else once it arrives.
      balanceCode ??= import(/* @vite-ignore */ section.dataset.code!).then(renderAll);
      document.dispatchEvent(new CustomEvent('reflection-balance', { detail: request }));
    }
    if (!this.#whole) return;
    const leaning = leaningOf(shown.answers, poles, whose);
    this.#find('.rf-summary')!.hidden = false;
    this.#find('.rf-sum')!.textContent = leaning.sentences.join(' ');
    this.#find('.rf-split')!.hidden = !leaning.split;
    this.#find('.rf-shared')!.hidden = !readOnly;
    // Someone else's answers: "their" for "your", and no action on the reader's own (reflection.css).
    this.toggleAttribute('data-theirs', readOnly);
  }

  #check(fieldset: HTMLFieldSetElement, value: string, readOnly: boolean) {
    for (const radio of fieldset.querySelectorAll<HTMLInputElement>('[type=radio]')) {
      radio.checked = radio.value === value;
      radio.disabled = readOnly;
    }
  }

  /** A lasting, visible message (storage trouble, a bad share link). */
  notify(message: string) {
    const notice = this.#line('rf-notice editorial', 'alert', true);
    notice.textContent = message;
    notice.hidden = false;
  }

  /** A passing message, announced politely. */
  status(message: string) {
    this.#line('rf-status', 'status').textContent = message;
  }

  /**
   * The worksheet's notice or status line. The weighing controls' server HTML leaves them
   * out (bytes /compare/ needs): they are made here, the notice first, the status last.
   */
  #line(className: string, role: string, first = false): HTMLElement {
    let line = this.#find(`.${className.split(' ')[0]}`);
    if (!line) {
      line = Object.assign(document.createElement('p'), { className });
      line.setAttribute('role', role);
      this[first ? 'prepend' : 'append'](line);
    }
    return line;
  }

  #find<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  #onInput = (event: Event) => {
    const fieldset = (event.target as HTMLElement).closest<HTMLFieldSetElement>('[data-q],[data-w]');
    if (!fieldset || (this.#whole && shared)) return;
    active = this;
    update(withAnswer(sheet.answers, this.#idOf(fieldset), this.#read(fieldset)));
  };

  /**
   * The reader's own answers and weights as they are now (unsaved edits included), for a
   * page that sends them its own way (a reading path's "Send back to your mentor").
   */
  answers() {
    return sheet.answers;
  }

  #tool(action: ToolRequest['action'], say: ToolRequest['say'], showLink: ToolRequest['showLink']) {
    const shown = shared ?? sheet;
    if (action === 'share' && !hasAnswers(shown.answers)) return say('Nothing to share yet.');
    const request: ToolRequest = {
      action,
      worksheet: this,
      shown,
      theirs: shown === shared,
      points,
      say,
      showLink,
    };
    tools ??= import(/* @vite-ignore */ this.dataset.tools!);
    tools.then(
      () => document.dispatchEvent(new CustomEvent('reflection-tool', { detail: request })),
      () => say('This needs a connection: the page could not load the code for it.'),
    );
  }

  #onClick = (event: Event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-act]')?.dataset.act;
    if (action === 'print') print();
    if (action === 'copy' || action === 'download' || action === 'share')
      this.#tool(
        action,
        (message) => this.status(message),
        (url) => {
          this.#find<HTMLInputElement>('.rf-url')!.value = url;
          this.#find('.rf-link')!.hidden = false;
        },
      );
    if (action === 'clear') {
      if (!hasAnswers(sheet.answers)) return this.status('Nothing to clear.');
      if (!confirm('Clear all your answers, notes and weights? This cannot be undone.')) return;
      clearTimeout(saveTimer);
      saveTimer = undefined;
      sheet = EMPTY_SHEET;
      if (storage && !clearSheet(storage)) storage = undefined;
      renderAll();
      this.status('Your answers were cleared.');
    }
    if (action === 'own' || action === 'adopt') {
      if (action === 'adopt') {
        if (
          hasAnswers(sheet.answers) &&
          !confirm('Replace your own answers and weights with these shared ones?')
        )
          return;
        sheet = stampAll(shared!.answers, [...known.ids, ...known.points], Date.now());
        if (storage) saveSheet(storage, sheet, known, true);
      }
      shared = undefined;
      history.replaceState(null, '', location.pathname + location.search);
      renderAll();
      this.status(action === 'own' ? 'Showing your own answers.' : 'Saved these as your answers.');
    }
  };

  #openShareLink() {
    if (!isShareFragment(location.hash)) return;
    const decoded = decodeShareFragment(location.hash, known);
    if (decoded.ok) shared = decoded.sheet;
    else this.notify(`This share link could not be opened: ${decoded.reason}. Your own answers are shown.`);
    this.render();
  }
}

customElements.define('reflection-worksheet', ReflectionWorksheet);
