import { ConceptError } from '@werkbank/concept';
import type { ErrorCode } from '../http/errorTexts.ts';
import { HttpError } from '../http/HttpError.ts';
import type { WorkFailure } from './WorkFailure.ts';

/** The error to throw on the main thread for a worker's refusal, as if the work had run there. */
export function fromWorkFailure(failure: WorkFailure): Error {
  if (failure.kind === 'concept') return new ConceptError(failure.code, failure.text, failure.path);
  if (failure.kind === 'json') return new HttpError(400, 'invalid-json');
  const { statusCode, code, message, messageEn, path } = failure;
  return new HttpError(statusCode, code as ErrorCode, { message, messageEn, path }, code);
}
