// A local server publishing one snippet pack, for the tests that subscribe to a pack URL.
//
// The store build fetches https only. This local server has no certificate the browser trusts, so
// it speaks plain http, which only the e2e build allows, and only on 127.0.0.1 (http-hosts.ts).
// It answers with Access-Control-Allow-Origin: *, as the README asks trainers' hosts to.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PackServer {
  url: string;
  /** Serves `text` from now on; answers its ETag. */
  publish(text: string): string;
  /** The If-None-Match header of each request, in order (null when absent). */
  conditions: Array<string | null>;
  /** The path of each request, in order. */
  paths: string[];
  close(): Promise<void>;
}

export async function startPackServer(): Promise<PackServer> {
  let body = '';
  let etag = '';
  const conditions: Array<string | null> = [];
  const paths: string[] = [];
  const server: Server = createServer((request, response) => {
    conditions.push(request.headers['if-none-match'] ?? null);
    paths.push(request.url ?? '');
    const headers = { 'access-control-allow-origin': '*', etag, 'cache-control': 'no-cache' };
    if (request.headers['if-none-match'] === etag) response.writeHead(304, headers).end();
    else response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/packs/quokka.json`,
    publish(text) {
      body = text;
      etag = `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`;
      return etag;
    },
    conditions,
    paths,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
