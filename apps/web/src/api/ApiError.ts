import type { Locale } from '@werkbank/editor';

/** A refusal or failure of the server's API, with the HTTP status (0 when the server was unreachable). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly messageEn: string = message,
    /** Whether the messages are the server's texts for people (not a browser's or a proxy's detail). */
    readonly fromServer = true,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True when the token is unknown, revoked, expired or lacks the right. */
  get isRefusal(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }

  /** The server's message in the UI language. */
  messageIn(locale: Locale): string {
    return locale === 'en' ? this.messageEn : this.message;
  }
}
