import type { Document } from 'docx';
import { Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { ParagraphNumbering } from './body/model.ts';
import type { BodyReferences, TocEntry } from './body/writeBody.ts';
import { numberingReferences } from './numberingReferences.ts';
import { pageLayout } from './pageLayout.ts';
import { type DeflateRaw, fflateDeflateRaw, platformDeflateRaw, zipPackage } from './zipPackage.ts';

const PLACEHOLDER = 'werkbank-body-7f3c2a';
const STYLES = 'word/styles.xml';
const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

/** The paragraph the docx Document holds where the body goes; `packDocument` puts the body in its place. */
export function bodyPlaceholder(): Paragraph {
  return new Paragraph({ text: PLACEHOLDER });
}

/**
 * The references the body needs from the document around it: list instances from docx's numbering (so the
 * definitions and the instances are docx's), and link relationships added to the document's relationships.
 */
export function bodyReferences(document: Document, tocEntries: readonly TocEntry[]): BodyReferences {
  const numIds = new Map<string, number>();
  const links = new Map<string, string>();
  return {
    tocEntries,
    tocRightTab: pageLayout.textWidth,
    numId({ reference, instance: listInstance }: ParagraphNumbering): number {
      const name = typeof reference === 'string' ? reference : reference.reference;
      // Bullets do not count, so every bulleted list can be the same list: one instance instead of hundreds.
      const instance = name === numberingReferences.bullets ? 0 : listInstance;
      const key = `${name}\u0000${instance}`;
      let numId = numIds.get(key);
      if (numId === undefined) {
        const definition = typeof reference === 'string' ? undefined : reference;
        document.Numbering.createConcreteNumberingInstance(name, instance, definition);
        const concrete = document.Numbering.ConcreteNumbering.find(
          (c) => c.reference === name && c.instance === instance,
        );
        if (!concrete) throw new Error(`Unbekannte Liste „${name}“ im Export`);
        numId = concrete.numId;
        numIds.set(key, numId);
      }
      return numId;
    },
    linkId(href: string): string {
      let id = links.get(href);
      if (id === undefined) {
        // docx writes the relationship's id with an "rId" before the one it is given.
        const name = `Link${links.size + 1}`;
        id = `rId${name}`;
        document.Document.Relationships.addRelationship(name, HYPERLINK, href, 'External');
        links.set(href, id);
      }
      return id;
    },
  };
}

/**
 * Packs the document docx built around the placeholder, with `bodyXml` in the placeholder's place. docx writes
 * every part but the body (it is small then, so that is quick); the body, written in one pass, goes in as text.
 * The package is compressed with `deflate`, by default the platform's own (see `zipPackage`).
 */
export async function packDocument(
  document: Document,
  bodyXml: string,
  deflate: DeflateRaw = platformDeflateRaw() ?? fflateDeflateRaw,
): Promise<Uint8Array> {
  const files = unzipSync(await Packer.pack(document, 'uint8array'));
  const path = 'word/document.xml';
  const xml = strFromU8(files[path] as Uint8Array);
  const placeholder = `<w:p><w:r><w:t xml:space="preserve">${PLACEHOLDER}</w:t></w:r></w:p>`;
  const at = xml.indexOf(placeholder);
  if (at < 0) throw new Error('Export: Platzhalter des Dokumentinhalts nicht gefunden');
  const body = bodyXml || '<w:p/>';
  files[path] = strToU8(xml.slice(0, at) + body + xml.slice(at + placeholder.length));
  files[STYLES] = strToU8(withoutDefaultHyphenation(strFromU8(files[STYLES] as Uint8Array)));
  return zipPackage(files, deflate);
}

// German hyphenation is on for the document (settings), but off by default for every paragraph: the page estimate
// breaks lines without it. Paragraphs that need it say so (`hyphenate`). docx has no option for this default.
function withoutDefaultHyphenation(styles: string): string {
  const at = styles.indexOf('<w:pPrDefault><w:pPr>');
  if (at < 0) throw new Error('Export: Absatz-Standard der Formatvorlagen nicht gefunden');
  const end = at + '<w:pPrDefault><w:pPr>'.length;
  return `${styles.slice(0, end)}<w:suppressAutoHyphens/>${styles.slice(end)}`;
}
