/*
 * "A newer version of this guide is available", shown once on a page left open while a new
 * build took over. Reloading is the reader's choice: a page is never reloaded for them, so a
 * half-typed answer is never lost (answers are saved as they are typed, in localStorage,
 * which an update never touches).
 */
import { adoptOfflineStyles } from './styles';

let shown = false;

export function offerReload(): void {
  if (shown) return;
  shown = true;
  adoptOfflineStyles();
  const notice = document.createElement('div');
  notice.className = 'offline-update';
  notice.setAttribute('role', 'status');
  notice.dataset.offlineUpdate = '';
  const text = document.createElement('p');
  text.textContent = 'A newer version of this guide is available.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'offline-button offline-primary';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => location.reload());
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'offline-button';
  later.textContent = 'Not now';
  later.addEventListener('click', () => notice.remove());
  notice.append(text, reload, later);
  document.body.append(notice);
}
