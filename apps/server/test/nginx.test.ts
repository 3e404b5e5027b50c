import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMeasure } from '@werkbank/concept';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { newConceptBody } from './factories.ts';
import { freePort, killServer, spawnServer } from './spawnServer.ts';

const NGINX = '/usr/sbin/nginx';
const shipped = fileURLToPath(new URL('../../../deploy/nginx/werkbank.conf', import.meta.url));

/** Trusts the test's self-signed certificate, as a browser with the municipality's CA would. */
class TrustingWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols, { rejectUnauthorized: false });
  }
}

let dir: string;
let server: ChildProcess;
let nginx: ChildProcess;
let httpsPort: number;

/** deploy/nginx/werkbank.conf with only ports, certificate and log paths changed, inside a minimal nginx.conf. */
function nginxConfig(serverPort: number, httpPort: number): string {
  const site = readFileSync(shipped, 'utf8')
    .replace('server 127.0.0.1:8080;', `server 127.0.0.1:${serverPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('/etc/ssl/certs/werkbank.pem', join(dir, 'cert.pem'))
    .replace('/etc/ssl/private/werkbank.key', join(dir, 'key.pem'))
    .replaceAll('/var/log/nginx/', `${dir}/`);
  writeFileSync(join(dir, 'werkbank.conf'), site);
  return `pid ${dir}/nginx.pid;
error_log ${dir}/main.error.log warn;
events {}
http {
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  access_log off;
  include ${dir}/werkbank.conf;
}
`;
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out: ${what}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'werkbank-nginx-'));
  mkdirSync(join(dir, 'tmp'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const serverPort = await freePort();
  httpsPort = await freePort();
  const httpPort = await freePort();
  server = await spawnServer(serverPort, join(dir, 'data'), 45_000, {
    TRUST_PROXY: '127.0.0.1',
    BACKUP_INTERVAL_MINUTES: '0',
  });
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig(serverPort, httpPort));
  execFileSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'pipe' });
  nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  await until(async () => (await httpsGet('/api/health')).status === 200, 'nginx answers');
}, 90_000);

afterAll(async () => {
  if (nginx) await killServer(nginx, 'SIGQUIT');
  if (server) await killServer(server, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** A request through nginx over TLS with the self-signed certificate. */
async function httpsGet(path: string, headers: Record<string, string> = {}) {
  const { request } = await import('node:https');
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: httpsPort, path, method: 'GET', headers, rejectUnauthorized: false },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('Werkbank behind nginx (deploy/nginx/werkbank.conf)', () => {
  it('serves the API over TLS, syncs through the WebSocket upgrade, and keeps tokens out of its access log', async () => {
    const concept = await createConceptThroughNginx();
    const ready = await httpsGet('/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.headers['content-security-policy']).toBeDefined();

    const docs = [new Y.Doc(), new Y.Doc()];
    const providers = docs.map(
      (doc) =>
        new WebsocketProvider(`wss://127.0.0.1:${httpsPort}/sync`, concept.id, doc, {
          WebSocketPolyfill: TrustingWebSocket as unknown as typeof globalThis.WebSocket,
          disableBc: true,
          params: { token: concept.ownerToken },
        }),
    );
    try {
      await until(async () => providers.every((p) => p.synced), 'both clients synced through nginx');
      addMeasure(docs[0] as Y.Doc, { title: 'Über den Proxy geschrieben' });
      await until(
        async () => JSON.stringify((docs[1] as Y.Doc).getMap('measures').toJSON()).includes('Über den Proxy'),
        'the other client sees the edit',
      );
      const stored = await httpsGet(`/api/concepts/${concept.id}`, {
        authorization: `Bearer ${concept.ownerToken}`,
      });
      expect(JSON.parse(stored.body).measures.map((m: { title: string }) => m.title)).toContain(
        'Über den Proxy geschrieben',
      );
    } finally {
      for (const provider of providers) provider.destroy();
    }
    // nginx writes its log lines when a request ends; the sockets just closed.
    await until(
      async () => readFileSync(join(dir, 'werkbank.access.log'), 'utf8').includes('/sync/'),
      'sync logged',
    );
    const log = readFileSync(join(dir, 'werkbank.access.log'), 'utf8');
    expect(log).toContain(`GET /sync/${concept.id} HTTP/1.1" 101`);
    expect(log).not.toContain(concept.ownerToken);
    expect(log).not.toContain('token=');
  });

  async function createConceptThroughNginx(): Promise<{ id: string; ownerToken: string }> {
    const { request } = await import('node:https');
    const body = JSON.stringify(newConceptBody);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: httpsPort,
          path: '/api/concepts',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          rejectUnauthorized: false,
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () =>
            res.statusCode === 201
              ? resolve(JSON.parse(text))
              : reject(new Error(`${res.statusCode} ${text}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
});
