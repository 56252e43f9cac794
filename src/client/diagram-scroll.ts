/**
 * A diagram wider than its column scrolls sideways; this says so. The figure gets
 * `data-overflows` (which shows its "Scroll sideways" hint), and the scrolling box
 * becomes a named, focusable region so the keyboard can scroll it too.
 */
export function watchDiagramScroll(root: ParentNode = document): void {
  const boxes = [...root.querySelectorAll<HTMLElement>('.diagram:not(.diagram--full) .diagram__scroll')];
  if (boxes.length === 0) return;
  const update = (box: HTMLElement) => {
    const figure = box.closest('.diagram')!;
    const overflows = box.scrollWidth > box.clientWidth + 1;
    figure.toggleAttribute('data-overflows', overflows);
    if (overflows) {
      box.tabIndex = 0;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', `${box.querySelector('svg')?.getAttribute('aria-label') ?? 'Diagram'}, scrolls sideways`);
    } else {
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
    }
  };
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => update(entry.target as HTMLElement)));
  boxes.forEach((box) => observer.observe(box));
}
