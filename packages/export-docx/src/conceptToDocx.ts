import type { ConceptJSON } from '@werkbank/concept';
import { type FileChild, Packer, type PageNumberEstimator } from 'docx';
import { assembleDocument } from './assembleDocument.ts';
import { createExportContext } from './createExportContext.ts';
import type { DocxExportOptionsInput } from './DocxExportOptions.ts';
import { documentPlan } from './documentPlan.ts';
import type { ExportContext } from './ExportContext.ts';
import { approximatePageNumbers } from './layout/approximatePageNumbers.ts';

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
  const document = assembleDocument(ctx, children, await pageNumberEstimator(ctx));
  const bytes = await Packer.pack(document, 'uint8array');
  onProgress?.({ step: 'done', done: total, total });
  return bytes;
}

async function pageNumberEstimator(ctx: ExportContext): Promise<PageNumberEstimator | undefined> {
  const { tocPageNumbers, parts } = ctx.options;
  if (!parts.toc || tocPageNumbers === 'none') return undefined;
  if (tocPageNumbers === 'approximate') return approximatePageNumbers;
  // Loaded on demand: the layout engine is large, and a browser only fetches it for exports that use it.
  const { estimatePageNumbers } = await import('docx/layout');
  return estimatePageNumbers;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
