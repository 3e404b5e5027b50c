/**
 * Whether `value` survives JSON and a Yjs round trip unchanged: strings, finite numbers (not -0), booleans,
 * null, and arrays and plain objects of those. Not undefined, bigint, binary, dates or Yjs types.
 */
export function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(isPlainJson);
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      return Object.entries(value).every(([key, item]) => key !== '__proto__' && isPlainJson(item));
    }
    default:
      return false;
  }
}
