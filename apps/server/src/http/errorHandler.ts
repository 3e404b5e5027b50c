import { ConceptError } from '@werkbank/concept';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from './errorTexts.ts';
import { HttpError } from './HttpError.ts';

interface FrameworkError {
  code?: string;
  statusCode?: number;
}

const FRAMEWORK_CODES: Record<string, [number, ErrorCode]> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid-json'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'invalid-json'],
};

function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof ConceptError) {
    const status = error.code === 'not-found' ? 404 : 400;
    const messageEn = error.path ? `Invalid value at "${error.path}".` : undefined;
    const details = { message: error.message, path: error.path, ...(messageEn ? { messageEn } : {}) };
    return new HttpError(status, status === 404 ? 'not-found' : 'invalid-body', details, error.code);
  }
  const { code = '', statusCode = 500 } = error as FrameworkError;
  const known = FRAMEWORK_CODES[code];
  if (known) return new HttpError(known[0], known[1]);
  if (error instanceof SyntaxError || (statusCode === 400 && code.startsWith('FST_ERR_CTP'))) {
    return new HttpError(400, 'invalid-json');
  }
  if (statusCode >= 400 && statusCode < 500) return new HttpError(statusCode, 'invalid-body');
  return new HttpError(500, 'internal');
}

/** Answers every error as `{ error: { code, message, message_en, path? } }`; only 5xx are logged as errors. */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const http = toHttpError(error);
  if (http.statusCode >= 500) request.log.error({ err: error }, 'request failed');
  const body = {
    code: http.code,
    message: http.message,
    message_en: http.messageEn,
    ...(http.path !== undefined ? { path: http.path } : {}),
  };
  reply.status(http.statusCode).send({ error: body });
}
