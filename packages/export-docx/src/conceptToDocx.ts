import type { ConceptJSON } from '@werkbank/concept';
import { assembleDocument } from './assembleDocument.ts';
import { type FileChild, Paragraph, TableOfContents } from './body/model.ts';
import { tableOfContents } from './body/tableOfContents.ts';
import { type TocEntry, writeBody } from './body/writeBody.ts';
import { createExportContext } from './createExportContext.ts';
import type { DocxExportOptionsInput } from './DocxExportOptions.ts';
import { documentPlan } from './documentPlan.ts';
import { measureBlocks, measureTocEntries } from './layout/measureBlocks.ts';
import { paginate } from './layout/paginate.ts';
import { bodyReferences, packDocument } from './packDocument.ts';
import { pageLayout } from './pageLayout.ts';

const MAX_PASSES = 4;

/**
 * Exports a concept as a .docx file for the council, in Node and in the browser.
 * @example
 * const bytes = await conceptToDocx(concept, { version: adopted, onProgress: (p) => setProgress(p.done / p.total) });
 * new Blob([bytes], { type: DOCX_MIME_TYPE });
 */
export async function conceptToDocx(
  concept: ConceptJSON,
  options: DocxExportOptionsInput = {},
): Promise<Uint8Array> {
  const ctx = createExportContext(concept, options);
  const { onProgress } = ctx.options;
  const plan = documentPlan(ctx);
  const total = plan.length + 1;
  const children: FileChild[] = [];
  for (const [index, { part, build }] of plan.entries()) {
    children.push(...build());
    if (onProgress) {
      onProgress({ step: part, done: index + 1, total });
      await yieldToEventLoop();
    }
  }
  // A table of contents with no entries would be a page holding only its title.
  const toc = tableOfContents(children);
  if (toc.length === 0) removeTableOfContents(children);
  if (ctx.options.tocPageNumbers === 'approximate') fillPageNumbers(children, toc);
  const document = assembleDocument(ctx);
  const bytes = await packDocument(
    document,
    writeBody(children, bodyReferences(document, toc)),
    ctx.options.deflateRaw,
  );
  onProgress?.({ step: 'done', done: total, total });
  return bytes;
}

/**
 * Gives the entries of the table of contents their pages: lays the body out with Arial's widths and the document's
 * own styles (see `paginate`), as LibreOffice lays the pages out. An entry's page number takes room on its line,
 * so the contents are laid out again with the numbers found until no number changes its width (twice at most in
 * practice). Word recomputes them anyway, as the document asks it to update fields when it is opened.
 */
function fillPageNumbers(children: readonly FileChild[], toc: TocEntry[]): void {
  if (toc.length === 0) return;
  const blocks = measureBlocks(children, pageLayout.textWidth, toc);
  const at = children.findIndex((block) => block instanceof TableOfContents);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { bookmarks } = paginate(blocks, pageLayout.textHeight);
    let changed = false;
    for (const entry of toc) {
      const found = bookmarks.get(entry.bookmark);
      const page = found === undefined ? undefined : String(found);
      if ((page ?? '00').length !== (entry.page ?? '00').length) changed = true;
      entry.page = page;
    }
    if (!changed) return;
    blocks.splice(at, toc.length, ...measureTocEntries(toc, pageLayout.textWidth));
  }
}

function removeTableOfContents(children: FileChild[]): void {
  for (let i = children.length - 1; i >= 0; i--) {
    const block = children[i];
    if (
      block instanceof TableOfContents ||
      (block instanceof Paragraph && block.options.style === 'TOCHeading')
    )
      children.splice(i, 1);
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
