/*
 * The other half of the field SiteSearch.astro opens the moment a reader asks for search
 * (issue 9): whatever they typed while the search code was on its way moves into Pagefind's
 * own field, caret and selection included, and focus follows it. It all runs in one task,
 * so a keystroke is either already in `from` or arrives after focus is in `to`: none falls
 * between the two.
 */

/**
 * Moves the reader's typing from `from` into `to` and focuses `to`. Returns what was typed.
 * When nothing was (search opened again, code already here), `to` keeps its last query,
 * selected, so that typing replaces it. `to` is told with an `input` event, as if the
 * reader had typed there, so the search runs.
 */
export function takeOverTyping(from: HTMLInputElement, to: HTMLInputElement): string {
  const text = from.value;
  if (text) {
    to.value = text;
    const end = text.length;
    to.setSelectionRange(
      from.selectionStart ?? end,
      from.selectionEnd ?? end,
      from.selectionDirection ?? 'none',
    );
  } else to.select();
  to.focus();
  // Removed, not closed: closing a modal dialog would send focus back to where it was opened.
  from.closest('dialog')?.remove();
  if (text) to.dispatchEvent(new Event('input', { bubbles: true }));
  return text;
}
