/*
 * The header's theme toggle (markup: src/components/ThemeToggle.astro), run at load on every
 * page from the layout's one script (src/scripts/every-page.ts).
 */
/** Switches light/dark and remembers the choice; the head bootstrap reapplies it on load. */
class ThemeToggle extends HTMLElement {
  #button = this.querySelector('button')!;

  connectedCallback() {
    this.#sync();
    this.#button.addEventListener('click', () => {
      const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        /* storage unavailable: the choice lasts for this page only */
      }
      this.#sync();
    });
  }

  #sync() {
    this.#button.setAttribute('aria-pressed', String(document.documentElement.dataset.theme === 'dark'));
  }
}
customElements.define('theme-toggle', ThemeToggle);
