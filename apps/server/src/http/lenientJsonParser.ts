import type { FastifyInstance } from 'fastify';

/**
 * JSON bodies as fastify parses them (prototype poisoning refused), except that an empty body counts as none:
 * some HTTP clients send `Content-Type: application/json` on every request, DELETE included.
 */
export function lenientJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parse(request, text, done);
  });
}
