import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http/HttpError.ts';
import { securityHeaders } from '../http/securityHeaders.ts';

const NOT_BUILT = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Werkbank</title>
<p>Die Web-Oberfläche ist noch nicht gebaut: <code>corepack pnpm build</code>, dann den Server neu starten.</p>
<p lang="en">The web app is not built yet: run <code>corepack pnpm build</code>, then restart the server.</p></html>`;

function isApiPath(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/sync/');
}

/**
 * Serves the built web app from `webDir` with SPA fallback: any GET that is not an API path and not a file
 * gets index.html, so client routes like /c/:conceptId load. Hashed assets are cached for a year, index.html is
 * revalidated on every load; both are sent brotli- or gzip-compressed when the browser accepts it. Every answer
 * (the API's too) carries the security headers.
 */
export function webAppRoutes(app: FastifyInstance, webDir: string | undefined): void {
  securityHeaders(app);
  const built = webDir !== undefined && existsSync(join(webDir, 'index.html'));
  if (built) {
    app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      index: ['index.html'],
      // `vite build` writes .br and .gz beside each text asset; the file the browser accepts is sent.
      preCompressed: true,
      setHeaders(reply, path) {
        const hashed = path.includes(`${sep}assets${sep}`);
        reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !isApiPath(request.url);
    if (!isPage) throw new HttpError(404, 'not-found');
    if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    reply.header('Cache-Control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
