import { ApiError } from './ApiError.ts';

interface ErrorBody {
  error?: { message?: unknown; message_en?: unknown } | string;
  message?: unknown;
}

/** The server's German and English messages (`{ error: { message, message_en } }`). */
function messagesOf(body: unknown, fallback: string): [string, string] {
  const b = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  const error = typeof b.error === 'object' ? b.error : {};
  const de = [error.message, b.error, b.message].find((m) => typeof m === 'string') as string | undefined;
  const en = typeof error.message_en === 'string' ? error.message_en : de;
  return [de ?? fallback, en ?? fallback];
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
    throw new ApiError(0, (error as Error).message);
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, ...messagesOf(body, `HTTP ${response.status}`));
  return body as T;
}
