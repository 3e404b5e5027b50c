import { MessageChannel } from 'node:worker_threads';

/**
 * Node's own Event class. jsdom's WebSocket (undici's, a Node EventTarget) fires `new Event('open')` with the
 * global Event, which the jsdom environment replaced with jsdom's, and Node's EventTarget refuses that one:
 * tests that open a WebSocket stub the global with this. Found through a MessagePort's MessageEvent.
 */
export function nodeEvent(): Promise<typeof Event> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port1.addEventListener('message', (event) => {
      port1.close();
      resolve(Object.getPrototypeOf(event.constructor) as typeof Event);
    });
    port1.start();
    port2.postMessage(0);
  });
}
