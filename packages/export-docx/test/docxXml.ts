import { unzipDocx } from './unzipDocx.ts';

/** The XML parts of an exported .docx that tests look at, with helpers to pick elements out of them. */
export interface DocxXml {
  document: string;
  styles: string;
  numbering: string;
  settings: string;
  core: string;
  header: string;
  footer: string;
  rels: string;
  /** Every top-level table, with the tables nested in its cells. */
  tables: string[];
  /**
   * Every paragraph's style and text, in order; a heading's number (written as text before a tab, where Word's
   * outline numbering would stand) apart from its text.
   */
  paragraphs: { style: string; text: string; number?: string; xml: string }[];
}

// A heading's own number: the paragraph's first run, its number and a tab.
const OUTLINE_NUMBER =
  /(?<=<\/w:pPr>(?:<w:bookmarkStart [^>]*\/>)?)<w:r><w:t>([\d.]+)<\/w:t><w:tab\/><\/w:r>/;

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Reads an exported .docx for XML assertions. */
export function docxXml(bytes: Uint8Array): DocxXml {
  const parts = unzipDocx(bytes);
  const part = (name: string) => parts.get(name) ?? '';
  const headerName =
    [...parts.keys()].find((n) => /^word\/header\d+\.xml$/.test(n) && /<w:t/.test(part(n))) ?? '';
  const footerName =
    [...parts.keys()].find((n) => /^word\/footer\d+\.xml$/.test(n) && /PAGE/.test(part(n))) ?? '';
  const document = part('word/document.xml');
  return {
    document,
    styles: part('word/styles.xml'),
    numbering: part('word/numbering.xml'),
    settings: part('word/settings.xml'),
    core: part('docProps/core.xml'),
    header: part(headerName),
    footer: part(footerName),
    rels: part('word/_rels/document.xml.rels'),
    tables: outermost(document, 'w:tbl'),
    paragraphs: (document.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? []).map((xml) => {
      const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? 'Normal';
      const number = OUTLINE_NUMBER.exec(xml)?.[1];
      return number === undefined
        ? { style, text: textOf(xml), xml }
        : { style, text: textOf(xml.replace(OUTLINE_NUMBER, '')), number, xml };
    }),
  };
}

/** The text of an XML fragment, its `w:t` elements joined. */
export function xmlText(xml: string): string {
  return textOf(xml);
}

/** The outermost `tag` elements of an XML fragment, each with the elements of the same name nested in it. */
export function outermost(xml: string, tag: string): string[] {
  const elements: string[] = [];
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(new RegExp(`<(/?)${tag}(?=[ >/])[^>]*?(/?)>`, 'g'))) {
    const [token, closing, selfClosing] = m;
    if (selfClosing) {
      if (depth === 0) elements.push(token);
    } else if (!closing) {
      if (depth++ === 0) start = m.index;
    } else if (--depth === 0) {
      elements.push(xml.slice(start, m.index + token.length));
    }
  }
  return elements;
}
