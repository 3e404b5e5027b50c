const FIELD = 'input, textarea, select, [contenteditable="true"]';

/**
 * Moves focus to the first `h1` inside `container` once it is there (lazily loaded views render it a moment
 * later); gives up after `timeoutMs`. Returns a cancel function.
 */
export function focusHeading(container: HTMLElement, timeoutMs = 3000): () => void {
  const tryFocus = () => {
    // A view that put the cursor in a field on purpose (a new measure's title) keeps it there.
    const active = document.activeElement;
    if (active && active !== container && container.contains(active) && active.matches(FIELD)) return true;
    const heading = container.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    heading.tabIndex = -1;
    heading.focus();
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) cancel();
  });
  const timer = setTimeout(() => cancel(), timeoutMs);
  function cancel() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(container, { childList: true, subtree: true });
  return cancel;
}
