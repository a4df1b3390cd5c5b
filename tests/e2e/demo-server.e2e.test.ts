// The demo server serves only its own folder, with the types browsers need for module scripts.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends the path byte for byte: fetch() and new URL() would normalise `..` away before sending. */
function rawGet(server: DemoServer, rawPath: string, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('demo server', () => {
  let workDir: string;
  let server: DemoServer;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'tactful-demo-server-'));
    const root = path.join(workDir, 'site');
    await mkdir(path.join(root, 'zendesk'), { recursive: true });
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<h1>landing</h1>');
    await writeFile(path.join(root, 'zendesk', 'index.html'), '<h1>workspace</h1>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'export {};');
    await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
    await writeFile(path.join(workDir, 'secret.txt'), 'outside the served folder');
    server = await startDemoServer({ root });
  });

  afterAll(async () => {
    await server?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('listens on the loopback interface only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves folders through index.html and redirects folder paths to their slash form', async () => {
    expect(await rawGet(server, '/zendesk/')).toMatchObject({ status: 200, body: '<h1>workspace</h1>' });
    expect(await rawGet(server, '/zendesk?ticket=1')).toMatchObject({
      status: 301,
      headers: { location: '/zendesk/' },
    });
    expect((await rawGet(server, '/')).body).toBe('<h1>landing</h1>');
  });

  it.each([
    ['/zendesk/', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
  ])('sends %s as %s', async (requestPath, contentType) => {
    const response = await rawGet(server, requestPath);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(contentType);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
  ])('does not escape the served folder with %s', async (rawPath) => {
    const response = await rawGet(server, rawPath);
    expect(response.body).not.toContain('outside the served folder');
    expect([400, 404]).toContain(response.status);
  });

  it('rejects malformed escapes, unknown files and methods other than GET and HEAD', async () => {
    expect((await rawGet(server, '/%E0%A4%A')).status).toBe(400);
    expect((await rawGet(server, '/missing.html')).status).toBe(404);
    expect((await rawGet(server, '/zendesk/', 'POST')).status).toBe(405);
    expect(await rawGet(server, '/assets/app.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });
});
