import WebSocket from 'ws';

/** A bare `ws` socket on the sync endpoint, for frames no y-websocket client would send. */
export interface RawSocket {
  ws: WebSocket;
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves with the first frame the server sends (a socket let in gets sync step 1 at once). */
  firstFrame: Promise<Buffer>;
}

export async function openRawSocket(
  wsUrl: string,
  conceptId: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<RawSocket> {
  const ws = new WebSocket(`${wsUrl}/${conceptId}?token=${token}`, { headers });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const firstFrame = new Promise<Buffer>((resolve) => ws.once('message', (data) => resolve(data as Buffer)));
  ws.on('error', () => {});
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return { ws, closed, firstFrame };
}
