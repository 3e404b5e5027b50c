/** Loads the editor views (their own chunk); called early on concept pages so the chunk arrives with the document. */
export function loadViewSwitch() {
  return import('./ViewSwitch.tsx').then((m) => ({ default: m.ViewSwitch }));
}
