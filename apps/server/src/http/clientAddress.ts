import type { IncomingMessage } from 'node:http';
import proxyAddr from '@fastify/proxy-addr';

/**
 * The client's address as fastify's `request.ip` finds it under the same `trustProxy` setting, for requests
 * fastify never sees (WebSocket upgrades).
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean | string): string {
  if (trustProxy === false) return request.socket.remoteAddress ?? '';
  const trust =
    trustProxy === true ? () => true : proxyAddr.compile(trustProxy.split(',').map((entry) => entry.trim()));
  return proxyAddr(request, trust);
}
