// Serves the built demo help desk (demo/dist) on the loopback interface. No dependencies, so the
// e2e harness and `npm start` can both use it without a dev server.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The built demo (demo/vite.config.ts honours the same TACTFUL_DEMO_DIST). */
export const DEMO_DIST = process.env.TACTFUL_DEMO_DIST
  ? path.resolve(process.env.TACTFUL_DEMO_DIST)
  : fileURLToPath(new URL('../demo/dist/', import.meta.url));

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface DemoServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Folder to serve; defaults to demo/dist. */
  root?: string;
}

export interface DemoServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Maps a request path onto a file under root, or null when the path escapes root or is malformed.
 * Decoding happens once, before normalising, so encoded `..%2f` sequences cannot slip past.
 */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://demo.invalid').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const resolvedRoot = path.resolve(root);
  const candidate = path.resolve(resolvedRoot, '.' + path.posix.normalize(pathname));
  if (candidate !== resolvedRoot && !candidate.startsWith(resolvedRoot + path.sep)) return null;
  return candidate;
}

async function findFile(candidate: string): Promise<string | null> {
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      const indexInfo = await stat(index);
      if (indexInfo.isFile()) return index;
    }
  } catch {
    // Missing files fall through to 404.
  }
  return null;
}

function sendText(res: ServerResponse, status: number, text: string, extraHeaders: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...extraHeaders });
  res.end(text);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
    return;
  }
  const candidate = resolveRequestPath(root, req.url ?? '/');
  if (!candidate) {
    sendText(res, 400, 'Bad request\n');
    return;
  }
  const requestPath = new URL(req.url ?? '/', 'http://demo.invalid').pathname;
  const file = await findFile(candidate);
  if (!file) {
    sendText(res, 404, 'Not found\n');
    return;
  }
  // A folder requested without its trailing slash would resolve relative assets against the
  // parent folder, so redirect the way static hosts do.
  if (file.endsWith(`${path.sep}index.html`) && !candidate.endsWith('index.html') && !requestPath.endsWith('/')) {
    res.writeHead(301, { location: requestPath + '/' });
    res.end();
    return;
  }
  const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const { size } = await stat(file);
  res.writeHead(200, {
    'content-type': type,
    'content-length': String(size),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const root = options.root ?? DEMO_DIST;
  const server = createServer((req, res) => {
    handle(root, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Internal error: ${String(error)}\n`);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const isMainModule =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (isMainModule) {
  const portArgument = process.argv.slice(2).find((arg) => /^\d+$/.test(arg));
  const server = await startDemoServer({ port: portArgument ? Number(portArgument) : 0 });
  console.log(`Demo help desk served from ${DEMO_DIST}`);
  console.log(`  Zendesk-style: ${server.url}/zendesk/`);
  console.log(`  Gmail-style:   ${server.url}/gmail/`);
  const shutdown = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
