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
    const result: XmlElement[] = [];
    for (const c of contentOf(element)) {
      if (typeof c !== 'object' || c === null) continue;
      if (name ? name in c : nameOf(c as XmlElement) !== '') result.push(c as XmlElement);
    }
    return result;
  },
  /** The first child element named `name`. */
  child(element: XmlElement | undefined, name: string): XmlElement | undefined {
    if (!element) return undefined;
    for (const c of contentOf(element))
      if (typeof c === 'object' && c !== null && name in c) return c as XmlElement;
    return undefined;
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
