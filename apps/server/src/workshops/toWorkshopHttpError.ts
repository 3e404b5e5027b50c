import { ConceptError } from '@werkbank/concept';
import type { ErrorCode } from '../http/errorTexts.ts';
import { HttpError } from '../http/HttpError.ts';

const STATUS: Partial<Record<string, [number, ErrorCode]>> = {
  'workshop-not-collecting': [409, 'workshop-not-collecting'],
  'not-voting': [409, 'not-voting'],
  'no-dots-left': [409, 'no-dots-left'],
  'no-stacking': [409, 'no-stacking'],
  'proposal-not-votable': [409, 'proposal-not-votable'],
  'proposal-settled': [409, 'proposal-settled'],
  'not-own-proposal': [403, 'not-own-proposal'],
};

/**
 * A participant verb's refusal as the HTTP error participants see, German and English; invalid input keeps the
 * verb's German message and path. Anything else is rethrown for the general handler.
 */
export function toWorkshopHttpError(error: unknown, notFound: ErrorCode = 'not-found'): unknown {
  if (!(error instanceof ConceptError)) return error;
  const known = STATUS[error.code];
  if (known) return new HttpError(known[0], known[1]);
  if (error.code === 'not-found') return new HttpError(404, notFound);
  if (error.code === 'invalid-input') {
    return new HttpError(400, 'invalid-body', {
      message: error.message,
      messageEn: error.path ? `Invalid value at "${error.path}".` : 'Invalid input.',
      path: error.path,
    });
  }
  return error;
}
