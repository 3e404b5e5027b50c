import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every answer. Every link token sits in this browser's localStorage, so an
 * injected script would take every concept on the device: scripts only from our own files (the built
 * index.html has no inline script), no eval, no plugins, never framed. Styles allow inline because Tiptap adds
 * its base styles as a `<style>` element and ProseMirror's decorations (carets in people's colours) set `style`
 * attributes; with images, fonts and connections limited to this origin, injected CSS cannot send anything out.
 * `connect-src 'self'` covers same-origin `ws:`/`wss:` (sync) and the workshop event stream (CSP Level 3).
 */
const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every answer (@fastify/helmet): the policy above, `X-Frame-Options: DENY` for browsers
 * without frame-ancestors, `Referrer-Policy: no-referrer` (tokens live in addresses), `nosniff`, and helmet's
 * cross-origin isolation defaults. No HSTS: TLS ends at the reverse proxy, which knows whether it should be sent.
 */
export function securityHeaders(app: FastifyInstance): void {
  app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
  });
}
