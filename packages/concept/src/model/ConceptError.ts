/** A refused change or invalid input, with the path of the offending value and a German message for users. */
export class ConceptError extends Error {
  readonly code: string;
  readonly path: string;
  /** Values a UI may put into its own sentence for the code (`too-deep`: `deepest`, the deepest level's name). */
  readonly details: Readonly<Record<string, string>>;

  constructor(code: string, message: string, path = '', details: Record<string, string> = {}) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'ConceptError';
    this.code = code;
    this.path = path;
    this.details = details;
  }
}
