/**
 * Brings the element with id `anchor` into view and moves focus to it (a heading gets `tabIndex=-1`), so keyboard
 * and screen-reader users go on reading there; the address keeps the place. False when there is no such element.
 */
export function jumpTo(anchor: string): boolean {
  const target = document.getElementById(anchor);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView?.({ block: 'start' });
  target.focus({ preventScroll: true });
  if (window.location.hash !== `#${anchor}`) {
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${window.location.search}#${anchor}`,
    );
  }
  return true;
}
