import { ConceptError } from '@werkbank/concept';
import { HttpError } from '../http/HttpError.ts';
import type { WorkFailure } from './WorkFailure.ts';

/** The refusal `error` stands for, or null for an unexpected error (which the worker should throw). */
export function toWorkFailure(error: unknown): WorkFailure | null {
  if (error instanceof HttpError) {
    const { statusCode, code, message, messageEn, path } = error;
    return { kind: 'http', statusCode, code, message, messageEn, ...(path === undefined ? {} : { path }) };
  }
  if (error instanceof ConceptError) {
    const text = error.path ? error.message.slice(error.path.length + 2) : error.message;
    return { kind: 'concept', code: error.code, text, path: error.path };
  }
  if (error instanceof SyntaxError) return { kind: 'json' };
  return null;
}
