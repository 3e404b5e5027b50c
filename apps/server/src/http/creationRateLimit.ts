import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { RateCountStore } from '../store/RateCountStore.ts';
import type { CreationLimit } from './CreationLimit.ts';
import { HttpError } from './HttpError.ts';
import { sqliteRateLimitStore } from './sqliteRateLimitStore.ts';

function waitTexts(ttlMs: number): { de: string; en: string } {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
  if (seconds < 90) return { de: `${seconds} Sekunden`, en: `${seconds} seconds` };
  const minutes = Math.ceil(seconds / 60);
  return { de: `${minutes} Minuten`, en: `${minutes} minutes` };
}

/**
 * Options for `@fastify/rate-limit` that count requests per client IP (`request.ip`, so `trustProxy` decides
 * which address counts) in SQLite, so a restart does not reset them, and answer the excess with the server's usual error JSON, status 429 and `Retry-After`.
 */
export function creationRateLimit(limit: CreationLimit, counts: RateCountStore): RateLimitPluginOptions {
  return {
    store: sqliteRateLimitStore(counts),
    max: limit.max,
    timeWindow: limit.windowMs,
    errorResponseBuilder(_request, context) {
      const wait = waitTexts(context.ttl);
      return new HttpError(429, 'rate-limited', {
        message: `Von dieser Adresse wurden in kurzer Zeit zu viele Konzepte angelegt. Bitte in ${wait.de} erneut versuchen.`,
        messageEn: `Too many concepts were created from this address in a short time. Please try again in ${wait.en}.`,
      });
    },
    onExceeded(request, key) {
      request.log.warn({ event: 'rate-limited', client: key, url: request.routeOptions.url }, 'rate limited');
    },
  };
}
