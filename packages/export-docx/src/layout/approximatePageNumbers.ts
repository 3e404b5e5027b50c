import type { EstimatedPageNumbers, IContext, IXmlableObject, PageNumberEstimator } from 'docx';
import { outlineNumbers } from './outlineNumbers.ts';
import { paginate } from './paginate.ts';
import { readBlocks } from './readBlocks.ts';
import { type XmlElement, xml } from './xml.ts';

function bodyOf(root: IXmlableObject): XmlElement {
  return (xml.child(root as XmlElement, 'w:body') ?? root) as XmlElement;
}

/**
 * A fast page number estimator for docx: lays the body out once with Arial's widths and the document's own styles
 * (see `paginate`), so the table of contents carries page numbers as LibreOffice lays the pages out, in a
 * fraction of the time of `docx/layout`. Word recomputes them anyway, as the document asks it to update fields.
 */
export const approximatePageNumbers: PageNumberEstimator = Object.assign(
  (root: IXmlableObject, _context: IContext): EstimatedPageNumbers => {
    const body = bodyOf(root);
    const sectPr = xml.child(body, 'w:sectPr');
    const size = xml.child(sectPr, 'w:pgSz');
    const margin = xml.child(sectPr, 'w:pgMar');
    const num = (element: XmlElement | undefined, name: string, fallback: number) =>
      Number(xml.attr(element, name) ?? fallback) || fallback;
    const width = num(size, 'w:w', 11906) - num(margin, 'w:left', 1440) - num(margin, 'w:right', 1440);
    const height = num(size, 'w:h', 16838) - num(margin, 'w:top', 1440) - num(margin, 'w:bottom', 1440);
    const { bookmarks } = paginate(readBlocks(body, width), height);
    return { bookmarks: new Map([...bookmarks].map(([name, page]) => [name, String(page)])) };
  },
  { listNumbers: (root: IXmlableObject) => outlineNumbers(bodyOf(root)) },
);
