import type { RequestLog } from './ParticipantMessage.ts';

/** The request logs of all participant processes as one: delays ascending, statuses and CPU summed. */
export function mergeRequestLogs(logs: RequestLog[]): {
  latencies: Float64Array;
  statuses: Record<string, number>;
  cpu: number;
} {
  const statuses: Record<string, number> = {};
  for (const log of logs)
    for (const [status, n] of Object.entries(log.statuses)) statuses[status] = (statuses[status] ?? 0) + n;
  const latencies = Float64Array.from(logs.flatMap((log) => log.latencies)).sort();
  return { latencies, statuses, cpu: logs.reduce((sum, log) => sum + log.cpuSeconds, 0) };
}
