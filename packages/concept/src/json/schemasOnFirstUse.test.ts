import { describe, expect, it } from 'vitest';

interface ZodConfigHook {
  __zod_globalConfig?: { postProcessor?: (schema: { _zod: { def: { type: string } } }) => void };
}

describe('the concept package’s zod schemas', () => {
  // zod calls `postProcessor` (an internal hook of its global config) for every schema it constructs.
  it('are not built while the package loads (opening a concept parses nothing), and are when first used', async () => {
    const built: string[] = [];
    const hook = globalThis as unknown as ZodConfigHook;
    hook.__zod_globalConfig ??= {};
    hook.__zod_globalConfig.postProcessor = (schema) => built.push(schema._zod.def.type);
    try {
      const concept = await import('../index.ts');
      expect(built.filter((type) => type === 'object')).toEqual([]);
      expect(concept.conceptJsonSchema.safeParse({ schemaVersion: 1 }).success).toBe(false);
      expect(built.filter((type) => type === 'object').length).toBeGreaterThan(0);
    } finally {
      delete hook.__zod_globalConfig?.postProcessor;
    }
  });
});
