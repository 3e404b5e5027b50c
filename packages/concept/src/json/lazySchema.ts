/**
 * A schema built when it is first used rather than when its module loads. Building zod's schemas for the whole
 * model took 16–77 ms of the task that loads the workspace's code (most of the concept model's own share), though
 * opening a concept parses nothing: the schemas are only needed once someone writes or imports. The value stands
 * for the schema wherever one is used (parsing, `.shape`, `.options`, `z.omit`, nesting); only listing its own
 * keys is not supported. Built once.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = () => {
    built ??= build();
    return built;
  };
  return new Proxy({} as T, {
    get: (_, key) => {
      const target = schema();
      return Reflect.get(target, key, target);
    },
    set: (_, key, value) => Reflect.set(schema(), key, value),
    has: (_, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}
