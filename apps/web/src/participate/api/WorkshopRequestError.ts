/** A refused or failed call to the workshop interface: HTTP status (0 without connection) and error code. */
export class WorkshopRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkshopRequestError';
  }

  /** True when trying again later may work: no connection, rate limit, server trouble. */
  get transient(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }

  /** True when the link no longer opens the workshop (revoked, expired, unknown, wrong workshop). */
  get refusal(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404;
  }
}
