/*
 * `<offline-save>` (OfflineSave.astro, and the guide map's foot): "Save the guide for offline reading". The page holds
 * only the empty, hidden element (no bytes on a first visit); it is filled and shown once the
 * worker answers, as saving needs one. It says the size first,
 * then progress, then "Saved on this device" with a way to remove it. It only ever saves when
 * pressed. Every sentence comes from saveViewOf (src/lib/offline/saveState.ts); every control
 * on the page (the guide map's, /read/'s, the path view's) shows the same state, broadcast by
 * the worker to all its pages.
 */
import { saveViewOf, type OfflineState } from '../../lib/offline/saveState';
import { adoptOfflineStyles } from './styles';

interface NetworkInformation {
  saveData?: boolean;
}

const saveData = () =>
  Boolean((navigator as Navigator & { connection?: NetworkInformation }).connection?.saveData);

function post(message: { type: 'state' | 'save' | 'remove' }) {
  void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
}

class OfflineSave extends HTMLElement {
  #text = document.createElement('p');
  #progress = document.createElement('progress');
  #button = document.createElement('button');
  #status = document.createElement('p');
  #last: OfflineState['saved'] | undefined;

  connectedCallback() {
    adoptOfflineStyles();
    this.classList.add('offline-save');
    this.#progress.max = 1;
    this.#progress.setAttribute('aria-label', 'Saving the guide');
    this.#button.type = 'button';
    this.#button.className = 'offline-button';
    this.#status.className = 'sr-only';
    this.#status.setAttribute('role', 'status');
    this.replaceChildren(this.#text, this.#progress, this.#button, this.#status);
    this.#button.addEventListener('click', () => {
      const action = this.#button.dataset.action;
      if (action === 'save' || action === 'remove') post({ type: action });
    });
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
      const message = event.data as { type?: string; state?: OfflineState } | null;
      if (message?.type === 'offline-state' && message.state) this.#render(message.state);
    });
  }

  #render(state: OfflineState) {
    const view = saveViewOf(state, saveData());
    this.hidden = false;
    this.#text.textContent = view.text;
    this.#progress.hidden = view.progress === undefined;
    if (view.progress !== undefined) this.#progress.value = view.progress;
    this.#button.hidden = !view.button;
    if (view.button) {
      this.#button.textContent = view.button.label;
      this.#button.dataset.action = view.button.action;
    }
    // Screen readers hear where it ends, not every file.
    const settled = state.progress ? undefined : state.saved;
    if (this.#last !== undefined && settled !== undefined && settled !== this.#last)
      this.#status.textContent =
        settled === 'current' ? 'Saved on this device.' : 'The saved guide was removed.';
    if (state.failed && !state.progress) this.#status.textContent = 'Saving stopped before the end.';
    if (settled !== undefined) this.#last = settled;
  }
}

/**
 * Puts a control at the foot of each guide map (GuideMap.astro, known by its `.map-link`s:
 * made here rather than in the HTML, which every page carries on its first visit), defines the
 * element, and asks the worker where saving stands so every control shows it.
 */
export function defineSaveControl(): void {
  for (const map of document.querySelectorAll('nav:has(> ol .map-link)')) {
    const control = document.createElement('offline-save');
    control.hidden = true;
    control.className = 'offline-save-map';
    map.append(control);
  }
  if (!customElements.get('offline-save')) customElements.define('offline-save', OfflineSave);
  post({ type: 'state' });
}
