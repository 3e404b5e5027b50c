import type { VersionJSON } from '@werkbank/concept';
import type { DeflateRaw } from './zipPackage.ts';

/** The parts of the document, in the order they are written; each can be left out. */
export interface ExportParts {
  titlePage: boolean;
  toc: boolean;
  chapters: boolean;
  vision: boolean;
  goals: boolean;
  fieldsOfAction: boolean;
  measuresOverview: boolean;
  measureSheets: boolean;
  matrix: boolean;
  /** The actors' table beneath their chapter's text. */
  actors: boolean;
  participation: boolean;
  /** The annex "Bearbeitungsstand" (chapter status, SMART check, goals without measures): internal, off by default. */
  workingState: boolean;
}

/** Name of one step of an export, as `onProgress` reports it. */
export type ExportStep = keyof ExportParts | 'done';

/** How far an export has got: `done` of `total` steps, `step` the part just built ('done' once packed). */
export interface ExportProgress {
  step: ExportStep;
  done: number;
  total: number;
}

/** The version printed on the title page; an adopted one with its resolution. */
export type ExportVersion = Pick<VersionJSON, 'name' | 'createdAt' | 'adopted' | 'resolution'>;

/** How `conceptToDocx` builds the document. Every field is optional; see `defaultExportOptions`. */
export interface DocxExportOptions {
  parts: ExportParts;
  /** What to do with a part that has no content yet: leave it out, or keep its heading marked "(noch ohne Inhalt)". */
  emptyChapters: 'omit' | 'mark';
  /** The version shown on the title page; without one the title page shows "Arbeitsstand" and `now`. */
  version?: ExportVersion | null;
  /** The export date (title page, file name); defaults to the current time. */
  now?: Date;
  /**
   * How the table of contents gets its page numbers before Word updates it (LibreOffice never does): 'approximate'
   * lays the pages out quickly with Arial's widths as LibreOffice does; 'none' leaves them to Word.
   */
  tocPageNumbers: 'approximate' | 'none';
  /** Called after each step, so a browser can show progress; the export then yields to the event loop. */
  onProgress?: (progress: ExportProgress) => void;
  /**
   * Raw DEFLATE for the package; defaults to the platform's `CompressionStream('deflate-raw')`, else fflate. The
   * server passes Node's zlib, the quickest of the three.
   */
  deflateRaw?: DeflateRaw;
}

/** What callers pass: any option, and any subset of the parts; the rest come from `defaultExportOptions`. */
export type DocxExportOptionsInput = Partial<Omit<DocxExportOptions, 'parts'>> & {
  parts?: Partial<ExportParts>;
};
