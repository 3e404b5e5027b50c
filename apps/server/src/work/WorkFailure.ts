/** A refusal inside a worker thread, as plain data: errors lose their class and fields on the way back. */
export type WorkFailure =
  | { kind: 'http'; statusCode: number; code: string; message: string; messageEn: string; path?: string }
  | { kind: 'concept'; code: string; text: string; path: string }
  | { kind: 'json' };

/** What a worker task answers: its result, or the refusal to throw on the main thread. */
export type WorkResult<T> = { ok: true; value: T } | { ok: false; failure: WorkFailure };
