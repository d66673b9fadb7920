/*
 * Styles for what the offline code draws (the save control's parts and the update notice).
 * They travel with the code rather than in every page's inlined CSS, adopted as a
 * constructed stylesheet, which the page's CSP allows (no inline style), as share-actions.ts does.
 */
const STYLES = `
.offline-save p{margin:0}
.offline-save-map{display:block;margin-top:.75rem;border-top:1px solid var(--rule);padding:.75rem .5rem 0;color:var(--muted)}
.offline-save progress{display:block;width:100%;margin-top:.5rem;accent-color:var(--accent)}
.offline-button{margin-top:.5rem;border:1px solid var(--rule);border-radius:999px;background:var(--paper);color:var(--ink);padding:.25rem .75rem;font:500 .875rem/1.4 var(--font-sans);cursor:pointer}
.offline-button:hover,.offline-button:focus-visible{border-color:var(--accent)}
.offline-search-note{margin:.75rem 0 0;max-width:24rem;font:.875rem/1.5 var(--font-sans);color:var(--muted)}
.offline-update{position:fixed;inset-inline:1rem;bottom:1rem;z-index:30;margin-inline:auto;display:flex;flex-wrap:wrap;gap:.5rem .75rem;align-items:center;max-width:28rem;border:1px solid var(--rule);border-radius:.75rem;background:var(--paper);color:var(--ink);padding:.75rem 1rem;font:.875rem/1.4 var(--font-sans);box-shadow:0 4px 16px rgb(0 0 0/.2)}
.offline-update p{flex:1 1 12rem;margin:0}
.offline-update .offline-button{margin:0}
.offline-update .offline-primary{border-color:var(--accent);color:var(--accent-strong);font-weight:600}
@media print{.offline-search-note{margin:.75rem 0 0;max-width:24rem;font:.875rem/1.5 var(--font-sans);color:var(--muted)}
.offline-update{display:none}}`;

let adopted = false;

/** Adds the styles once. */
export function adoptOfflineStyles(): void {
  if (adopted) return;
  adopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
