/** An element of docx's prepared XML tree: `{ "w:p": [children…] }`, `{ "w:b": {} }` or `{ "w:sz": { _attr } }`. */
export type XmlElement = Record<string, unknown>;

function contentOf(element: XmlElement): unknown[] {
  const value = element[nameOf(element)];
  return Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
}

function nameOf(element: XmlElement): string {
  for (const key in element) if (key !== '_attr') return key;
  return '';
}

/** Reading docx's prepared XML tree, which is what a page number estimator is given. */
export const xml = {
  nameOf,
  /** The child elements, all or those named `name`. */
  children(element: XmlElement, name?: string): XmlElement[] {
    return contentOf(element).filter(
      (c): c is XmlElement =>
        typeof c === 'object' &&
        c !== null &&
        !('_attr' in c && Object.keys(c).length === 1) &&
        (!name || name in c),
    );
  },
  /** The first child element named `name`. */
  child(element: XmlElement | undefined, name: string): XmlElement | undefined {
    return element ? xml.children(element, name)[0] : undefined;
  },
  /** An attribute of an element, such as `w:val`. */
  attr(element: XmlElement | undefined, name: string): unknown {
    if (!element) return undefined;
    for (const c of contentOf(element)) {
      const attrs =
        typeof c === 'object' && c !== null ? (c as { _attr?: Record<string, unknown> })._attr : undefined;
      if (attrs && name in attrs) return attrs[name];
    }
    return undefined;
  },
  /** The text of a `w:t` element. */
  text(element: XmlElement): string {
    return contentOf(element)
      .filter((c): c is string => typeof c === 'string')
      .join('');
  },
};
