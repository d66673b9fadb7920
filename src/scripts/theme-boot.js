// Runs inline in <head> before first paint, so the stored theme applies with no flash.
// Anything but "light" or "dark" in storage falls back to the system preference.
(function () {
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch { stored = null; }
  var theme = stored === 'light' || stored === 'dark' ? stored
    : matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  document.documentElement.dataset.theme = theme;
})();
