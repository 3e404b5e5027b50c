/**
 * One answer asked for ahead of the code that needs it (see prefetchView), for one concept and token: `take`
 * hands it over once, within `forMs` of the asking; after that it is dropped, so nothing stale is used or kept.
 */
export function askedAhead<T>(forMs: number): {
  hold(conceptId: string, token: string, answer: Promise<T>): void;
  take(conceptId: string, token: string): Promise<T> | undefined;
  peek(conceptId: string, token: string): Promise<T> | undefined;
} {
  let held: { conceptId: string; token: string; answer: Promise<T> } | null = null;
  return {
    hold(conceptId, token, answer) {
      answer.catch(() => {}); // whoever takes it gets the failure
      const entry = { conceptId, token, answer };
      held = entry;
      setTimeout(() => {
        if (held === entry) held = null;
      }, forMs);
    },
    take(conceptId, token) {
      if (held?.conceptId !== conceptId || held.token !== token) return undefined;
      const { answer } = held;
      held = null;
      return answer;
    },
    /** The answer held for this concept and token, left for `take`. */
    peek(conceptId, token) {
      return held?.conceptId === conceptId && held.token === token ? held.answer : undefined;
    },
  };
}
