/** References of the document's lists: the heading outline, bullets, and numbered lists by their start. */
export const numberingReferences = {
  outline: 'outline',
  bullets: 'bullets',
  ordered: (start: number) => (start === 1 ? 'ordered' : `ordered-${start}`),
};
