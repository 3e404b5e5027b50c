const HEADINGS = '.document-text :is(h2, h3, h4, h5, h6)[id], .document-text #vision';

/**
 * The anchor of the heading the reader has reached: the last one at or above the upper part of the window, so
 * "Bearbeiten" opens what is being read after scrolling too. Without laid-out headings, the place in the address.
 */
export function placeInView(): string {
  const line = window.innerHeight * 0.3;
  let place = '';
  for (const heading of document.querySelectorAll<HTMLElement>(HEADINGS)) {
    const rect = heading.getBoundingClientRect();
    if (rect.height === 0) continue;
    if (rect.top > line) break;
    place = heading.id;
  }
  return place || decodeURIComponent(window.location.hash.slice(1));
}
