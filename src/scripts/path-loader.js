{
  const app = document.querySelector('path-app');
  // The follower for a path link, the composer otherwise: each is its own script.
  const go = () => import(/* @vite-ignore */ location.hash.startsWith('#p=') ? app.dataset.follow : app.dataset.compose);
  let draft = false;
  try { draft = localStorage.getItem('reading-paths') !== null; } catch {}
  // A path link needs the code and the section texts: fetch both at once, not one after the other.
  // It also holds the footer below the fold until the path is drawn (no layout shift).
  if (location.hash.startsWith('#p=')) {
    app.dataset.following = '';
    (app.sections = fetch(app.dataset.data)).catch(() => {});
    // A path sent back is shown by one more script: fetch it alongside.
    if (location.hash.startsWith('#p=2')) import(/* @vite-ignore */ app.dataset.theirs).catch(() => {});
  }
  if (location.hash.startsWith('#p=') || draft) go();
  else {
    app.querySelector('[data-view=compose]').hidden = false;
    for (const type of ['pointerover', 'focusin', 'keydown', 'touchstart', 'scroll']) addEventListener(type, go, { once: true, passive: true });
  }
  addEventListener('hashchange', go);
}
