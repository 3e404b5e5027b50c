import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { lazySchema } from './lazySchema.ts';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds++;
      return z.object({ title: z.string() });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ title: 'Leitbild' })).toEqual({ title: 'Leitbild' });
    expect(() => schema.parse({ title: 3 })).toThrow();
    expect(z.safeParse(schema, { title: 'x' }).success).toBe(true);
    expect(builds).toBe(1);
  });

  it('stands for the schema in zod’s own functions, nested and composed', () => {
    const base = lazySchema(() => z.object({ id: z.string(), title: z.string().check(z.maxLength(5)) }));
    const list = lazySchema(() => z.array(base).check(z.maxLength(2)));
    const extended = lazySchema(() => z.object({ ...base.shape, done: z._default(z.boolean(), false) }));
    const partial = lazySchema(() => z.strictObject(z.partial(z.omit(base, { id: true })).shape));
    const status = lazySchema(() => z.enum(['draft', 'final']));
    expect(list.parse([{ id: 'a', title: 'kurz' }])).toEqual([{ id: 'a', title: 'kurz' }]);
    expect(z.safeParse(list, [{ id: 'a', title: 'zu lang' }]).success).toBe(false);
    expect(extended.parse({ id: 'a', title: 'x' })).toEqual({ id: 'a', title: 'x', done: false });
    expect(partial.parse({})).toEqual({});
    expect(z.safeParse(partial, { id: 'a' }).success).toBe(false);
    expect(status.options).toEqual(['draft', 'final']);
    expect(base instanceof z.ZodMiniObject).toBe(true);
    expect(Object.keys(base.shape)).toEqual(['id', 'title']);
  });

  it('reports the same issues as the schema built at once', () => {
    const build = () => z.object({ year: z.number().check(z.int(), z.gte(2000)) });
    const lazy = lazySchema(build);
    const eager = build();
    const input = { year: 1999.5 };
    expect(z.safeParse(lazy, input).error?.issues).toEqual(z.safeParse(eager, input).error?.issues);
  });
});
