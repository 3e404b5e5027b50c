import type { BrowserContext, Request } from '../../../e2e/node_modules/@playwright/test/index.js';

/** Bytes received over HTTP (headers and encoded bodies) by a browser context, page and service worker. */
export interface Transfer {
  /** Bytes received so far: scripts, styles and the page; API answers; by the service worker. */
  read(): Promise<{ assets: number; api: number; serviceWorker: number; requests: number }>;
  stop(): void;
}

/** Counts every finished request of `context`; answers the page got from the service worker's cache count 0. */
export function countTransfer(context: BrowserContext): Transfer {
  const sizes: Promise<{ kind: 'assets' | 'api' | 'serviceWorker'; bytes: number }>[] = [];
  async function size(request: Request) {
    const response = await request.response();
    const { responseBodySize, responseHeadersSize } = await request.sizes();
    const cached = response?.fromServiceWorker() ?? false;
    const bytes = cached ? 0 : Math.max(0, responseBodySize) + Math.max(0, responseHeadersSize);
    const kind = request.serviceWorker()
      ? 'serviceWorker'
      : new URL(request.url()).pathname.startsWith('/api/')
        ? 'api'
        : 'assets';
    return { kind, bytes } as const;
  }
  const onFinished = (request: Request) => void sizes.push(size(request));
  context.on('requestfinished', onFinished);
  return {
    async read() {
      const all = await Promise.all(sizes);
      const sum = (kind: string) => all.filter((s) => s.kind === kind).reduce((n, s) => n + s.bytes, 0);
      return {
        assets: sum('assets'),
        api: sum('api'),
        serviceWorker: sum('serviceWorker'),
        requests: all.length,
      };
    },
    stop() {
      context.off('requestfinished', onFinished);
    },
  };
}
