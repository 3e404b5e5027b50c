/** Settings the server refuses to start with; `problems` name each variable and what is wrong with it. */
export class SettingsError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Ungültige Einstellungen (invalid settings):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SettingsError';
    this.problems = problems;
  }
}
