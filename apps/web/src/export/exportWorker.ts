import { conceptToDocx } from '@werkbank/export-docx';
import type { ExportRequest, ExportWorkerMessage } from './exportMessages.ts';

// Builds the .docx off the page's thread, so typing, scrolling and the progress bar keep going meanwhile.
interface WorkerScope {
  onmessage: ((event: MessageEvent<ExportRequest>) => void) | null;
  postMessage(message: ExportWorkerMessage, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }: MessageEvent<ExportRequest>) => {
  const post = (message: ExportWorkerMessage, transfer: Transferable[] = []) =>
    scope.postMessage(message, transfer);
  try {
    const bytes = await conceptToDocx(data.concept, {
      ...data.options,
      onProgress: (progress) => post({ type: 'progress', progress }),
    });
    post({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
