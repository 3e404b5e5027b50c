import type { WorkshopAddress } from './WorkshopAddress.ts';
import { WorkshopRequestError } from './WorkshopRequestError.ts';
import { workshopBase } from './workshopBase.ts';

interface ErrorBody {
  error?: { code?: unknown; message?: unknown } | string;
  message?: unknown;
}

function errorOf(status: number, body: unknown): WorkshopRequestError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  const error = typeof b.error === 'object' ? b.error : {};
  const code = typeof error.code === 'string' ? error.code : typeof b.error === 'string' ? b.error : '';
  const message = [error.message, b.message].find((m) => typeof m === 'string') as string | undefined;
  return new WorkshopRequestError(status, code, message ?? `HTTP ${status}`);
}

/** Calls the workshop interface at `path` (below the workshop); resolves the JSON body. */
export async function workshopRequest<T>(
  address: WorkshopAddress,
  path: string,
  options: { method?: string; body?: unknown } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${address.token}`,
  };
  if (address.participantId) headers['X-Participant'] = address.participantId;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(workshopBase(address) + path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      cache: 'no-store',
    });
  } catch (error) {
    throw new WorkshopRequestError(0, 'offline', (error as Error).message);
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw errorOf(response.status, body);
  return body as T;
}
