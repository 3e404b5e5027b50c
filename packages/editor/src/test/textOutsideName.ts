/**
 * The buttons in `root` that show text which is not part of their accessible name (WCAG 2.5.3 Label in Name;
 * axe's label-content-name-mismatch), as `text → name`. Text hidden with aria-hidden is still visible text.
 */
export function textOutsideName(root: HTMLElement): string[] {
  return [...root.querySelectorAll('button')].flatMap((button) => {
    const text = (button.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    const name = (button.getAttribute('aria-label') ?? text).toLowerCase();
    return text && !name.includes(text) ? [`${text} → ${name}`] : [];
  });
}
