import type { OpeningMarks } from './OpeningMarks.ts';

/** What `watchOpening` looks for in the page. */
export interface OpeningExpectation {
  title: string;
  measures: number;
  editorLabel: string;
  marker: string;
}

/**
 * Runs in the page before its scripts (an init script): notes in `window.__opening` when each milestone first
 * shows in the DOM, and the longest task the browser reports.
 */
export function watchOpening(expect: OpeningExpectation): void {
  const marks: OpeningMarks = { longestTask: 0 };
  (window as unknown as { __opening: OpeningMarks }).__opening = marks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) marks.longestTask = Math.max(marks.longestTask, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const editorSelector = `[contenteditable="true"][aria-label="${expect.editorLabel}"]`;
  // Anonymous on purpose: tsx wraps named inner functions in a helper (`__name`) that the page does not have.
  new MutationObserver(() => {
    const now = performance.now();
    if (marks.title === undefined && document.querySelector('.concept-title')?.textContent === expect.title) {
      marks.title = now;
    }
    const measures = document.querySelector('#workspace-nav a[href$="/measures"]');
    if (marks.navigation === undefined && measures?.textContent?.includes(String(expect.measures))) {
      marks.navigation = now;
    }
    const editor = document.querySelector(editorSelector);
    if (marks.editable === undefined && editor) marks.editable = now;
    if (marks.keystroke === undefined && editor?.textContent?.includes(expect.marker)) marks.keystroke = now;
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
}
