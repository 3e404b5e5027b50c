import { fileURLToPath } from 'node:url';
import type { DocxExportOptionsInput } from '@werkbank/export-docx';
import Piscina from 'piscina';
import type { BuiltConcept } from '../concepts/BuiltConcept.ts';
import { HttpError } from '../http/HttpError.ts';
import type { Metrics } from '../metrics/Metrics.ts';
import type { ExportedDocx, ExportSource } from './exportDocx.ts';
import { fromWorkFailure } from './fromWorkFailure.ts';
import type { WorkResult } from './WorkFailure.ts';
import type { WorkLimits } from './WorkLimits.ts';

// Run from source (tsx, vitest) the worker is TypeScript too and needs tsx (workerBoot.cjs); a build ships .js.
const fromSource = import.meta.url.endsWith('.ts');

/**
 * The worker threads that parse, validate and build imports and write Word documents, so that a big one never
 * stalls the sockets and the health check. Each task has a time budget, each thread a heap budget; a task over
 * either is stopped (its thread replaced) and refused, the server goes on.
 */
export class WorkPool {
  readonly #pool: Piscina;
  readonly #limits: WorkLimits;

  readonly #metrics: Metrics;
  /** Tasks running or waiting; piscina counts a starting thread as room, so the queue cap is kept here. */
  #inFlight = 0;

  constructor(limits: WorkLimits, metrics: Metrics, onThreadError: (error: Error) => void) {
    this.#limits = limits;
    this.#metrics = metrics;
    this.#pool = new Piscina({
      filename: fileURLToPath(new URL(fromSource ? './workerBoot.cjs' : './workerMain.js', import.meta.url)),
      minThreads: 0,
      maxThreads: limits.threads,
      idleTimeout: 60_000,
      maxQueue: limits.maxQueue,
      resourceLimits: {
        maxOldGenerationSizeMb: limits.memoryMb,
        maxYoungGenerationSizeMb: limits.youngMemoryMb,
      },
    });
    // A thread that dies while running a task fails that task; one that dies idle (it failed to start) comes
    // here, and without a listener would end the process.
    this.#pool.on('error', onThreadError);
  }

  /** Parses, validates and builds an import body; throws the HTTP error to answer when it is refused. */
  async importConcept(body: Uint8Array): Promise<BuiltConcept> {
    const result = await this.#run<WorkResult<BuiltConcept>>(
      'importConcept',
      body,
      this.#limits.importTimeoutMs,
      'import-too-expensive',
    );
    if (!result.ok) throw fromWorkFailure(result.failure);
    return result.value;
  }

  /** The Word document of the live concept's state or of frozen Concept JSON. */
  exportDocx(source: ExportSource, options: DocxExportOptionsInput & { now: Date }): Promise<ExportedDocx> {
    return this.#run('exportDocx', { source, options }, this.#limits.exportTimeoutMs, 'export-too-expensive');
  }

  /** Stops every thread; running tasks fail. */
  close(): Promise<void> {
    return this.#pool.destroy();
  }

  async #run<T>(
    name: string,
    task: unknown,
    timeoutMs: number,
    overBudget: 'import-too-expensive' | 'export-too-expensive',
  ): Promise<T> {
    const timer = this.#metrics.workSeconds.startTimer({ task: name });
    if (this.#inFlight >= this.#limits.threads + this.#limits.maxQueue) {
      timer({ outcome: 'queue-full' });
      throw new HttpError(503, 'work-queue-full');
    }
    this.#inFlight++;
    try {
      const result = (await this.#pool.run(task, { name, signal: AbortSignal.timeout(timeoutMs) })) as T;
      timer({ outcome: 'done' });
      return result;
    } catch (error) {
      const { name: errorName, message, code } = error as Error & { code?: string };
      if (message === 'Task queue is at limit') {
        timer({ outcome: 'queue-full' });
        throw new HttpError(503, 'work-queue-full');
      }
      if (errorName === 'AbortError' || code === 'ERR_WORKER_OUT_OF_MEMORY') {
        timer({ outcome: 'over-budget' });
        throw new HttpError(overBudget === 'import-too-expensive' ? 413 : 503, overBudget);
      }
      timer({ outcome: 'failed' });
      throw error;
    } finally {
      this.#inFlight--;
    }
  }
}
