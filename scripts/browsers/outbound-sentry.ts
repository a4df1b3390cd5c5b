// A forward proxy that lets nothing through. Both browsers send every non-loopback request to it,
// so e2e runs stay hermetic and each attempt to leave the machine (by the browser itself or by the
// extension) is written down instead of silently failing on a machine without internet.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

export interface OutboundAttempt {
  /** HTTP method; CONNECT for TLS tunnels (https:, wss:), whose path the proxy never sees. */
  method: string;
  /** Full URL for plain http: requests; `https://host:port` for tunnels. */
  url: string;
  host: string;
  /** Milliseconds since the sentry started. */
  at: number;
}

export interface OutboundSentry {
  /** `http://127.0.0.1:PORT`, to hand to the browser as its proxy. */
  proxyUrl: string;
  port: number;
  /** Every attempt so far, in arrival order (a live array). */
  attempts: readonly OutboundAttempt[];
  /** Calls the listener for each later attempt; returns an unsubscribe function. */
  subscribe(listener: (attempt: OutboundAttempt) => void): () => void;
  close(): Promise<void>;
}

export async function startOutboundSentry(): Promise<OutboundSentry> {
  const startedAt = Date.now();
  const attempts: OutboundAttempt[] = [];
  const listeners = new Set<(attempt: OutboundAttempt) => void>();

  const record = (method: string, url: string, host: string) => {
    const attempt: OutboundAttempt = { method, url, host, at: Date.now() - startedAt };
    attempts.push(attempt);
    for (const listener of listeners) listener(attempt);
  };

  const hostOf = (req: IncomingMessage): string => {
    try {
      return new URL(req.url ?? '').host;
    } catch {
      return req.headers.host ?? '';
    }
  };

  const server = createServer((req, res) => {
    record(req.method ?? 'GET', req.url ?? '', hostOf(req));
    res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
    res.end('Blocked by the e2e outbound sentry: tests must not reach the internet.\n');
  });
  const refuseSocket = (socket: Duplex) => {
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  };
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    const authority = req.url ?? '';
    record('CONNECT', `https://${authority}`, authority);
    refuseSocket(socket);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    record(req.method ?? 'GET', req.url ?? '', hostOf(req));
    refuseSocket(socket);
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    port,
    attempts,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () =>
      new Promise<void>((resolve) => {
        listeners.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
