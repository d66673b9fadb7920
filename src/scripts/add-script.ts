/**
 * Runs a script from a URL, as a module, by adding a <script> element: not `import()`, which
 * makes Vite add its ~1 KB preload helper to the code that asks, and runs code that is not
 * ours to bundle (Pagefind's) as it ships. Resolves once the script has run. A failed load
 * rejects and takes its element away, so asking again tries again.
 */
export function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => {
      script.remove();
      // The URL alone says what failed: these bytes ride in every page's JavaScript at load.
      reject(new Error(src));
    });
    document.head.append(script);
  });
}
