// What a page needs around an export without loading the exporter (and docx): options, file name, MIME type.
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
