import type { FastifyReply } from 'fastify';
import { HttpError } from './HttpError.ts';

/** A rethrowing `.catch` handler that adds `Retry-After: <seconds>` to a 503 (the worker threads are busy). */
export function retryLater(reply: FastifyReply, seconds = 30): (error: unknown) => never {
  return (error) => {
    if (error instanceof HttpError && error.statusCode === 503) reply.header('Retry-After', String(seconds));
    throw error;
  };
}
