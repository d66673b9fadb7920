{
  const observer = new IntersectionObserver((entries) => {
    const near = entries.find((entry) => entry.isIntersecting);
    if (near) observer.disconnect(), import(near.target.dataset.src);
  }, { rootMargin: '200px' });
  const watch = () => document.querySelectorAll('reflection-worksheet').forEach((worksheet) => observer.observe(worksheet));
  const idle = () => (self.requestIdleCallback ?? setTimeout)(watch);
  document.readyState == 'complete' ? idle() : addEventListener('load', idle, { once: true });
}
