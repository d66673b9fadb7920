/*
 * "A newer version of this guide is available", shown once on a page left open while a new
 * build took over. Reloading is the reader's choice: a page is never reloaded for them, so a
 * half-typed answer is never lost (answers are saved as they are typed, in localStorage,
 * which an update never touches).
 */
let shown = false;

export function offerReload(): void {
  if (shown) return;
  shown = true;
  const notice = document.createElement('div');
  notice.className =
    'fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-xl border border-rule bg-paper p-4 text-sm shadow-lg print:hidden';
  notice.setAttribute('role', 'status');
  notice.dataset.offlineUpdate = '';
  const text = document.createElement('p');
  text.className = 'flex-1';
  text.textContent = 'A newer version of this guide is available.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'rounded-full border border-accent px-3 py-1 font-medium text-accent-strong';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => location.reload());
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'rounded-full px-3 py-1 text-muted';
  later.textContent = 'Not now';
  later.addEventListener('click', () => notice.remove());
  notice.append(text, reload, later);
  document.body.append(notice);
}
