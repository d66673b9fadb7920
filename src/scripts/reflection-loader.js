{
  const observer = new IntersectionObserver((entries) => {
    const near = entries.find((entry) => entry.isIntersecting);
    if (near) observer.disconnect(), import(near.target.dataset.src);
  }, { rootMargin: '200px' });
  document.querySelectorAll('reflection-worksheet').forEach((worksheet) => observer.observe(worksheet));
}
