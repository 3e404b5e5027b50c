function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function idOf(value: unknown): unknown {
  return isPlainObject(value) ? value.id : undefined;
}

function shareArray(prev: unknown[], next: unknown[]): unknown[] {
  // Entities keep their identity when others are inserted before them, so memoised rows skip re-rendering.
  const byId = new Map<unknown, unknown>();
  for (const item of prev) if (typeof idOf(item) === 'string') byId.set(idOf(item), item);
  const out = next.map((item, i) => {
    const id = idOf(item);
    const match = typeof id === 'string' && byId.has(id) ? byId.get(id) : prev[i];
    return replaceEqualDeep(match, item);
  });
  const same = out.length === prev.length && out.every((item, i) => item === prev[i]);
  return same ? prev : out;
}

/**
 * Returns `next`, but with every part that deep-equals the matching part of `prev` replaced by `prev`'s
 * object, so unchanged data keeps its identity. Only plain objects and arrays are walked; anything else
 * (Y types, class instances) is compared by identity.
 */
export function replaceEqualDeep<T>(prev: unknown, next: T): T {
  if (prev === next) return prev as T;
  if (Array.isArray(prev) && Array.isArray(next)) return shareArray(prev, next) as T;
  if (!isPlainObject(prev) || !isPlainObject(next)) return next;
  const prevKeys = Object.keys(prev);
  const nextKeys = Object.keys(next);
  let same = prevKeys.length === nextKeys.length;
  const out: Record<string, unknown> = {};
  for (const key of nextKeys) {
    out[key] = replaceEqualDeep(prev[key], next[key]);
    if (out[key] !== prev[key]) same = false;
  }
  return (same ? prev : out) as T;
}
