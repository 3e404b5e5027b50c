/** The browser could not start the export's Web Worker, or the worker died; `message` is its own detail. */
export class ExportWorkerError extends Error {
  override name = 'ExportWorkerError';
}
