import type { ConceptJSON } from '@werkbank/concept';
import type { DocxExportOptionsInput } from '@werkbank/export-docx/light';
import { ExportWorkerError } from './ExportWorkerError.ts';
import type { ExportRequest, ExportWorkerMessage } from './exportMessages.ts';

/**
 * Builds the .docx in a Web Worker, reporting progress; where the browser (or the test environment) has no
 * workers, on this thread, which yields between the parts of the document.
 */
export async function exportDocx(
  concept: ConceptJSON,
  options: Omit<DocxExportOptionsInput, 'onProgress'>,
  onProgress: (share: number) => void,
): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') {
    const { conceptToDocx } = await import('@werkbank/export-docx');
    return conceptToDocx(concept, { ...options, onProgress: (p) => onProgress(p.done / p.total) });
  }
  const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<ExportWorkerMessage>) => {
        if (data.type === 'progress') onProgress(data.progress.done / data.progress.total);
        else if (data.type === 'done') resolve(data.bytes);
        else reject(new Error(data.message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new ExportWorkerError(event.message ?? ''));
      };
      worker.postMessage({ concept, options } satisfies ExportRequest);
    });
  } finally {
    worker.terminate();
  }
}
