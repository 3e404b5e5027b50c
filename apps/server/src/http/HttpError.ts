import { type ErrorCode, errorTexts } from './errorTexts.ts';

interface Details {
  message?: string;
  messageEn?: string;
  path?: string;
}

/** An HTTP error answered as `{ error: { code, message, message_en, path? } }`. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly messageEn: string;
  readonly path: string | undefined;

  constructor(statusCode: number, code: ErrorCode, details: Details = {}, codeOverride?: string) {
    super(details.message ?? errorTexts[code].de);
    this.name = 'HttpError';
    this.statusCode = statusCode;
    this.code = codeOverride ?? code;
    this.messageEn = details.messageEn ?? errorTexts[code].en;
    this.path = details.path;
  }
}
