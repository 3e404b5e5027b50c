import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What the gauges read when Prometheus scrapes. */
export interface MetricSources {
  sockets(): number;
  loadedConcepts(): number;
}

/**
 * The server's Prometheus metrics, in a registry of its own (so several servers in one test process do not
 * clash), with Node's defaults: event-loop lag, heap, CPU, open handles.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly updates: Counter;
  readonly storeSeconds: Histogram;
  readonly workSeconds: Histogram<'task' | 'outcome'>;
  readonly refused: Counter<'reason'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 20 });
    new Gauge({
      name: 'werkbank_sockets',
      help: 'Open sync sockets.',
      registers,
      collect() {
        this.set(sources.sockets());
      },
    });
    new Gauge({
      name: 'werkbank_loaded_concepts',
      help: 'Concepts held in memory.',
      registers,
      collect() {
        this.set(sources.loadedConcepts());
      },
    });
    this.updates = new Counter({
      name: 'werkbank_updates_total',
      help: 'Document updates received from sync sockets and stored.',
      registers,
    });
    this.storeSeconds = new Histogram({
      name: 'werkbank_store_seconds',
      help: 'Time to append a batch of updates to SQLite.',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.workSeconds = new Histogram({
      name: 'werkbank_work_seconds',
      help: 'Duration of imports and Word exports in the worker thread, queue wait included.',
      labelNames: ['task', 'outcome'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    this.refused = new Counter({
      name: 'werkbank_refused_connections_total',
      help: 'Sync sockets refused or closed by the server, by reason.',
      labelNames: ['reason'],
      registers,
    });
  }
}
