import type { WorkshopProjection } from '@werkbank/concept';

/** A Server-Sent Events reader over fetch (Node 20 has no EventSource), for workshop event streams. */
export interface EventReader {
  status: number;
  headers: Headers;
  /** Every `event: state` so far, parsed, with the time it arrived (performance.now()). */
  states: { at: number; state: WorkshopProjection }[];
  /** Every raw `data:` text so far, to search for what must never be sent. */
  raw: string[];
  comments: number;
  /** The reason of `event: end`, or null when the stream closed without one. */
  ended: Promise<string | null>;
  /** Resolves with the first state (already received or coming) for which `check` holds. */
  waitForState(
    check: (state: WorkshopProjection) => boolean,
    timeoutMs?: number,
  ): Promise<WorkshopProjection>;
  close(): void;
}

export async function openEvents(url: string, headers: Record<string, string> = {}): Promise<EventReader> {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal, headers });
  const listeners = new Set<() => void>();
  let endReason: string | null = null;
  let resolveEnded: (reason: string | null) => void = () => {};
  const reader: EventReader = {
    status: response.status,
    headers: response.headers,
    states: [],
    raw: [],
    comments: 0,
    ended: new Promise((resolve) => {
      resolveEnded = resolve;
    }),
    waitForState(check, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const found = reader.states.find((s) => check(s.state));
          if (!found) return false;
          listeners.delete(listener);
          clearTimeout(timer);
          resolve(found.state);
          return true;
        };
        const listener = () => void look();
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`no matching state within ${timeoutMs} ms (${reader.states.length} states)`));
        }, timeoutMs);
        if (!look()) listeners.add(listener);
      });
    },
    close: () => abort.abort(),
  };
  if (!response.ok || !response.body) {
    resolveEnded(null);
    return reader;
  }
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut = buffer.indexOf('\n\n');
        while (cut >= 0) {
          handle(buffer.slice(0, cut));
          buffer = buffer.slice(cut + 2);
          cut = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by the test.
    }
    resolveEnded(endReason);
  })();

  function handle(block: string): void {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) reader.comments += 1;
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length === 0) return;
    const text = data.join('\n');
    reader.raw.push(text);
    if (event === 'state') reader.states.push({ at: performance.now(), state: JSON.parse(text) });
    if (event === 'end') endReason = JSON.parse(text).reason;
    for (const listener of [...listeners]) listener();
  }
  return reader;
}
