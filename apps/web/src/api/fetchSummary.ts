import type { Role } from '../storage/RecentConcept.ts';
import { askedAhead } from './askedAhead.ts';
import { request } from './request.ts';

/** Title, territory and the caller's role in a concept. */
export interface ConceptSummary {
  id: string;
  title: string;
  territory: string;
  role: Role;
}

/** The answer asked for by `fetchSummaryEarly`, taken by the next `fetchSummary` within 10 s. */
const early = askedAhead<ConceptSummary>(10_000);

/**
 * Asks for a concept's summary at once, ahead of the page that needs it (the server answers it from what it
 * stored, or loads the concept for it). The next `fetchSummary` for the same concept and token takes this answer.
 */
export function fetchSummaryEarly(conceptId: string, token: string): void {
  const answer = fetchSummary(conceptId, token);
  early.hold(conceptId, token, answer);
  answer.then(
    (summary) => {
      settled = { conceptId, token, title: summary.title };
    },
    () => {}, // whoever takes the answer gets the failure
  );
}

/** The title in the summary asked for early (once, as the page started), once it came. */
let settled: { conceptId: string; token: string; title: string } | null = null;

/** The title in the summary asked for early for this concept and token, once it came; undefined before. */
export function earlySummaryTitle(conceptId: string, token: string): string | undefined {
  return settled?.conceptId === conceptId && settled.token === token ? settled.title : undefined;
}

/**
 * The summary asked for by `fetchSummaryEarly` for this concept and token, if it is still held (it stays held for
 * the next `fetchSummary`): what the page shows while its code loads.
 */
export function earlySummary(conceptId: string, token: string): Promise<ConceptSummary> | undefined {
  return early.peek(conceptId, token);
}

/** The summary of a concept as `token` sees it; rejects with a refusal when the token is not valid. */
export function fetchSummary(
  conceptId: string,
  token: string,
  signal?: AbortSignal,
): Promise<ConceptSummary> {
  const asked = early.take(conceptId, token);
  if (asked) return signal ? abortable(asked, signal) : asked;
  return request<ConceptSummary>(`/api/concepts/${encodeURIComponent(conceptId)}/summary`, {
    token,
    ...(signal ? { signal } : {}),
  });
}

/** `answer`, or an AbortError as soon as `signal` aborts (as a fetch given the signal would reject). */
function abortable<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason ?? new DOMException('The request was aborted.', 'AbortError'));
    if (signal.aborted) {
      abort();
      return;
    }
    signal.addEventListener('abort', abort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
