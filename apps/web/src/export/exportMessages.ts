import type { ConceptJSON } from '@werkbank/concept';
import type { DocxExportOptionsInput, ExportProgress } from '@werkbank/export-docx/light';

/** What the page sends the export worker: the concept and the options, without the progress callback. */
export interface ExportRequest {
  concept: ConceptJSON;
  options: Omit<DocxExportOptionsInput, 'onProgress'>;
}

/** What the export worker sends back: progress after each part, then the file or the error. */
export type ExportWorkerMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
