/** A refused change or invalid input, with the path of the offending value and a German message for users. */
export class ConceptError extends Error {
  readonly code: string;
  readonly path: string;

  constructor(code: string, message: string, path = '') {
    super(path ? `${path}: ${message}` : message);
    this.name = 'ConceptError';
    this.code = code;
    this.path = path;
  }
}
