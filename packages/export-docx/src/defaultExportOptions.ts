import type { DocxExportOptions } from './DocxExportOptions.ts';

/**
 * The full council document: every part but the internal "Bearbeitungsstand" annex, empty parts left out, page
 * numbers in the table of contents.
 */
export const defaultExportOptions: DocxExportOptions = {
  parts: {
    titlePage: true,
    toc: true,
    chapters: true,
    vision: true,
    goals: true,
    fieldsOfAction: true,
    measuresOverview: true,
    measureSheets: true,
    matrix: true,
    actors: true,
    participation: true,
    workingState: false,
  },
  emptyChapters: 'omit',
  version: null,
  tocPageNumbers: 'approximate',
};
