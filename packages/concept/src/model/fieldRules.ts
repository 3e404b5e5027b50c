/**
 * How a stored value is made to fit its Concept JSON field: the value itself when it fits, a fitted copy (cut,
 * clamped), or `undefined` when nothing of it fits and the field's default is read instead.
 */
export type FieldRule = (value: unknown) => unknown;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isPair(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * `text` cut to `max` characters, counted as Concept JSON's schema counts them (in code points, so an emoji is
 * one and is never split).
 */
export function cutText(text: string, max: number): string {
  // A code point is one or two UTF-16 units: what fits in units fits.
  if (text.length <= max) return text;
  let units = 0;
  for (let points = 0; points < max && units < text.length; points++) units += isPair(text, units) ? 2 : 1;
  return units >= text.length ? text : text.slice(0, units);
}

/** Whether `text` has at most `max` characters as Concept JSON counts them (see `cutText`). */
export function fitsLength(text: string, max: number): boolean {
  return text.length <= max || cutText(text, max) === text;
}

function clamp(value: number, min: number, max: number): number {
  // `+ 0` turns -0 into 0, which JSON cannot tell apart anyway.
  return Math.min(max, Math.max(min, value)) + 0;
}

/** The rules of the Concept JSON schema's field kinds (conceptJsonSchema.ts), as fast checks for readers. */
export const fieldRules = {
  /** A string, cut to `max`; `ifEmpty` replaces an empty or unusable one where the schema needs a character. */
  text(max: number, ifEmpty?: string): FieldRule {
    return (value) => {
      if (typeof value !== 'string') return ifEmpty;
      if (ifEmpty !== undefined && value.length === 0) return ifEmpty;
      return cutText(value, max);
    };
  },
  /** One of a fixed set of strings (an enum). */
  oneOf(values: readonly string[]): FieldRule {
    const allowed = new Set(values);
    return (value) => (typeof value === 'string' && allowed.has(value) ? value : undefined);
  },
  /** `null` or one of a fixed set of strings. */
  nullOrOneOf(values: readonly string[]): FieldRule {
    const allowed = new Set(values);
    return (value) =>
      value === null || (typeof value === 'string' && allowed.has(value)) ? value : undefined;
  },
  /** Empty or a string matching `pattern`. */
  emptyOr(pattern: RegExp): FieldRule {
    return (value) =>
      typeof value === 'string' && (value === '' || pattern.test(value)) ? value : undefined;
  },
  /** `YYYY-MM-DD` or empty. */
  date(): FieldRule {
    return (value) =>
      typeof value === 'string' && (value === '' || ISO_DATE.test(value)) ? value : undefined;
  },
  boolean(): FieldRule {
    return (value) => (typeof value === 'boolean' ? value : undefined);
  },
  /** A whole number in [min, max]; fractions are cut off and others clamped. */
  int(min: number, max: number): FieldRule {
    return (value) =>
      typeof value === 'number' && Number.isFinite(value) ? clamp(Math.trunc(value), min, max) : undefined;
  },
  /** `null` or a number in [min, max], clamped. */
  nullOrNumber(min: number, max: number): FieldRule {
    return (value) =>
      value === null
        ? null
        : typeof value === 'number' && Number.isFinite(value)
          ? clamp(value, min, max)
          : undefined;
  },
  /** `null` or a plain object, each of whose fields follows its rule. */
  nullOrObject(rules: Record<string, FieldRule>, defaults: Record<string, unknown>): FieldRule {
    return (value) => {
      if (value === null) return null;
      if (typeof value !== 'object' || Array.isArray(value) || ArrayBuffer.isView(value)) return undefined;
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let same = Object.keys(record).length === Object.keys(rules).length;
      for (const [key, rule] of Object.entries(rules)) {
        const fitted = rule(record[key]);
        out[key] = fitted === undefined ? defaults[key] : fitted;
        if (out[key] !== record[key]) same = false;
      }
      return same ? value : out;
    };
  },
};
