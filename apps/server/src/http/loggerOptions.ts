import type { FastifyServerOptions } from 'fastify';
import { redactUrl } from './redactUrl.ts';

/** Logger settings passed to `createServer`: false for silence, or pino options such as `level` and `stream`. */
export type LoggerSetting = boolean | Exclude<FastifyServerOptions['logger'], boolean | undefined>;

interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  socket?: { remoteAddress?: string };
}

/** Structured JSON logs, one line per event, with tokens redacted from URLs and headers. */
export function loggerOptions(setting: LoggerSetting | undefined): FastifyServerOptions['logger'] {
  if (setting === false) return false;
  const base = {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
      censor: '[redacted]',
    },
    serializers: {
      req(request: LoggedRequest) {
        const url = redactUrl(request.url);
        // Workshop participants leave no address behind (docs/WORKSHOPS.md).
        if (url.startsWith('/api/workshops/')) return { method: request.method, url };
        return { method: request.method, url, remoteAddress: request.ip ?? request.socket?.remoteAddress };
      },
    },
  };
  return setting === true || setting === undefined ? base : { ...base, ...setting };
}
