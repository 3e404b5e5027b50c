export { conceptToDocx } from './conceptToDocx.ts';
export type {
  DocxExportOptions,
  DocxExportOptionsInput,
  ExportParts,
  ExportProgress,
  ExportStep,
  ExportVersion,
} from './DocxExportOptions.ts';
export { defaultExportOptions } from './defaultExportOptions.ts';
export { DOCX_MIME_TYPE } from './docxMimeType.ts';
export { exportFileName } from './exportFileName.ts';
export type { RichTextOptions } from './RichTextOptions.ts';
export { richTextToDocx } from './richTextToDocx.ts';
export type { SynopsisOptions } from './synopsis/SynopsisOptions.ts';
export { synopsisFileName } from './synopsis/synopsisFileName.ts';
export { synopsisToDocx } from './synopsis/synopsisToDocx.ts';
export { type DeflateRaw, fflateDeflateRaw } from './zipPackage.ts';
