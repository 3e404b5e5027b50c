import { ApiError } from './ApiError.ts';

interface ErrorBody {
  error?: { message?: unknown; message_en?: unknown } | string;
  message?: unknown;
}

/** The error for a refused request: the server's German and English messages (`{ error: { message, message_en } }`). */
function errorOf(status: number, body: unknown): ApiError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  const error = typeof b.error === 'object' ? b.error : {};
  const de = [error.message, b.error, b.message].find((m) => typeof m === 'string') as string | undefined;
  const en = typeof error.message_en === 'string' ? error.message_en : de;
  // A proxy's error page or an empty body has no text for people, only the status.
  if (de === undefined) return new ApiError(status, `HTTP ${status}`, `HTTP ${status}`, false);
  return new ApiError(status, de, en);
}

/** Calls the API with an optional bearer token; resolves the JSON body or rejects with an `ApiError`. */
export async function request<T>(
  path: string,
  options: { method?: string; token?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    const detail = (error as Error).message;
    throw new ApiError(0, detail, detail, false);
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw errorOf(response.status, body);
  return body as T;
}
