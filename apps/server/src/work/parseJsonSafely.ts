/**
 * JSON.parse that refuses `__proto__` and `constructor.prototype` keys with a SyntaxError, as fastify's own
 * parser does for every other body.
 */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => {
    if (key === '__proto__') throw new SyntaxError('forbidden key __proto__');
    if (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value) {
      throw new SyntaxError('forbidden key constructor.prototype');
    }
    return value;
  });
}
