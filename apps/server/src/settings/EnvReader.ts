/**
 * Reads settings from environment variables and collects every bad one by name, so that a server refuses to
 * start with all its mistakes listed instead of falling back to a default for a typo.
 */
export class EnvReader {
  readonly problems: string[] = [];
  readonly #env: NodeJS.ProcessEnv;

  constructor(env: NodeJS.ProcessEnv) {
    this.#env = env;
  }

  /** The variable's text, or undefined when it is unset or empty. */
  text(name: string): string | undefined {
    const value = this.#env[name]?.trim();
    return value ? value : undefined;
  }

  /** A whole number in `[min, max]`, or undefined when unset. */
  integer(name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const number = Number(value);
    if (/^\d+$/.test(value) && number >= min && number <= max) return number;
    this.problems.push(`${name}: „${value}“ ist keine ganze Zahl von ${min} bis ${max}.`);
    return undefined;
  }

  /** One of `choices`, or undefined when unset. */
  oneOf<T extends string>(name: string, choices: readonly T[]): T | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if ((choices as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name}: „${value}“ ist nicht erlaubt, nur ${choices.join(', ')}.`);
    return undefined;
  }

  /** An http(s) URL, or undefined when unset. */
  url(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)) return value;
    this.problems.push(`${name}: „${value}“ ist keine http- oder https-Adresse.`);
    return undefined;
  }

  /** Records a problem found by the caller. */
  refuse(name: string, message: string): void {
    this.problems.push(`${name}: ${message}`);
  }
}
