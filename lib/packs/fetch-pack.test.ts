import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchPack } from './fetch-pack';
import { MAX_PACK_BYTES } from './format';
import { examplePack } from './test-support';
import { selfSignedCertificate, startTestServer, type TestServer } from './test-server';

const PACK_TEXT = JSON.stringify(examplePack(), null, 2);
const ETAG = '"v1"';
const LAST_MODIFIED = 'Tue, 01 Dec 2026 09:00:00 GMT';

let https: TestServer;
let http: TestServer;

beforeAll(async () => {
  // Node's fetch checks this at every connection: the test's own self-signed certificate is accepted.
  vi.stubEnv('NODE_TLS_REJECT_UNAUTHORIZED', '0');
  [https, http] = await Promise.all([startTestServer(selfSignedCertificate()), startTestServer(null)]);
  https.handle('/pack.json', (request, response) => {
    if (request.headers['if-none-match'] === ETAG || request.headers['if-modified-since'] === LAST_MODIFIED) {
      response.writeHead(304).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json', etag: ETAG, 'last-modified': LAST_MODIFIED });
    response.end(PACK_TEXT);
  });
  http.handle('/pack.json', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(PACK_TEXT);
  });
  https.handle('/to-http', (_request, response) => {
    response.writeHead(302, { location: `${http.origin}/pack.json` }).end();
  });
  https.handle('/to-https', (_request, response) => {
    response.writeHead(301, { location: `${https.origin}/pack.json` }).end();
  });
  https.handle('/page.html', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Log in</p>');
  });
  https.handle('/plain.txt', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('Not a pack, just words.');
  });
  https.handle('/hangs-before-headers', () => {});
  https.handle('/never-finishes', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"formatVersion": 1,');
  });
  https.handle('/grows', (_request, response) => {
    // No content-length: the size is only known by reading, which must stop past the limit.
    response.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    response.write('{');
    let sent = 0;
    const writeMore = () => {
      while (!response.destroyed && sent < 4 * MAX_PACK_BYTES) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once('drain', writeMore);
      }
      response.end('}');
    };
    writeMore();
  });
  https.handle('/declared-large', (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(MAX_PACK_BYTES + 1) });
    response.write('{');
  });
  https.handle('/broken', (_request, response) => response.writeHead(500, 'Internal Server Error').end());
});

afterAll(async () => {
  await Promise.all([https?.close(), http?.close()]);
  vi.unstubAllEnvs();
});

describe('fetchPack', () => {
  it('fetches a pack over https with its validators, omitting credentials and the HTTP cache', async () => {
    const seen: RequestInit[] = [];
    const result = await fetchPack(`${https.origin}/pack.json`, {
      fetch: (input, init) => (seen.push(init ?? {}), fetch(input, init)),
    });
    expect(result).toMatchObject({ status: 'fetched', validators: { etag: ETAG, lastModified: LAST_MODIFIED } });
    if (result.status === 'fetched') expect(new TextDecoder().decode(result.bytes)).toBe(PACK_TEXT);
    expect(seen[0]).toMatchObject({ credentials: 'omit', cache: 'no-store' });
  });

  it('sends If-None-Match and If-Modified-Since, and reports 304 as not modified', async () => {
    const before = https.requests.length;
    const result = await fetchPack(`${https.origin}/pack.json`, {
      validators: { etag: ETAG, lastModified: LAST_MODIFIED },
    });
    expect(result).toEqual({ status: 'not-modified' });
    const request = https.requests[before]!;
    expect(request.headers['if-none-match']).toBe(ETAG);
    expect(request.headers['if-modified-since']).toBe(LAST_MODIFIED);
  });

  it('sends only the validator it has', async () => {
    const before = https.requests.length;
    expect(
      await fetchPack(`${https.origin}/pack.json`, { validators: { etag: null, lastModified: LAST_MODIFIED } }),
    ).toEqual({
      status: 'not-modified',
    });
    expect(https.requests[before]!.headers['if-none-match']).toBeUndefined();
  });

  it('refuses an http address without a request', async () => {
    const before = http.requests.length;
    const result = await fetchPack(`${http.origin}/pack.json`);
    expect(result).toMatchObject({ status: 'failed', reason: 'not-https' });
    if (result.status === 'failed') expect(result.message).toContain('only fetched over https');
    expect(http.requests.length).toBe(before);
  });

  it('refuses what is not a web address', async () => {
    expect(await fetchPack('packs/team.json')).toMatchObject({ status: 'failed', reason: 'bad-url' });
  });

  it('refuses a redirect that ends on http', async () => {
    const result = await fetchPack(`${https.origin}/to-http`);
    expect(result).toMatchObject({ status: 'failed', reason: 'redirected-to-http' });
    if (result.status === 'failed') expect(result.message).toContain(`redirected to ${http.origin}/pack.json`);
  });

  it('follows a redirect that stays on https', async () => {
    expect(await fetchPack(`${https.origin}/to-https`)).toMatchObject({ status: 'fetched' });
  });

  it('allows http only for the hosts it is told (the e2e build)', async () => {
    const host = new URL(http.origin).hostname;
    expect(await fetchPack(`${http.origin}/pack.json`, { httpHosts: [host] })).toMatchObject({ status: 'fetched' });
  });

  it('says when the address was not found', async () => {
    const result = await fetchPack(`${https.origin}/missing.json`);
    expect(result).toMatchObject({ status: 'failed', reason: 'http-status' });
    if (result.status === 'failed') expect(result.message).toMatch(/was not found \(HTTP 404/);
  });

  it('says when the server failed', async () => {
    const result = await fetchPack(`${https.origin}/broken`);
    if (result.status !== 'failed') throw new Error('expected a failure');
    expect(result.message).toMatch(/had a problem \(HTTP 500 Internal Server Error\)/);
  });

  it('refuses a web page and other content that is not JSON', async () => {
    const page = await fetchPack(`${https.origin}/page.html`);
    expect(page).toMatchObject({ status: 'failed', reason: 'not-json' });
    if (page.status === 'failed') expect(page.message).toContain('answered with text/html');
    expect(await fetchPack(`${https.origin}/plain.txt`)).toMatchObject({ status: 'failed', reason: 'not-json' });
  });

  it('times out when the server never answers', async () => {
    const result = await fetchPack(`${https.origin}/hangs-before-headers`, { timeoutMs: 300 });
    expect(result).toMatchObject({ status: 'failed', reason: 'timeout' });
  });

  it('times out when the body never finishes', async () => {
    const result = await fetchPack(`${https.origin}/never-finishes`, { timeoutMs: 500 });
    expect(result).toMatchObject({ status: 'failed', reason: 'timeout' });
    if (result.status === 'failed') expect(result.message).toContain('did not answer completely');
  });

  it('stops reading a response that grows past the size limit', async () => {
    const result = await fetchPack(`${https.origin}/grows`);
    expect(result).toMatchObject({ status: 'failed', reason: 'too-large' });
    if (result.status === 'failed') expect(result.message).toContain('larger than 5 MB');
  });

  it('refuses a response that declares a size past the limit without reading it', async () => {
    expect(await fetchPack(`${https.origin}/declared-large`)).toMatchObject({ status: 'failed', reason: 'too-large' });
  });

  it('says when the server cannot be reached', async () => {
    const closed = await startTestServer(null);
    await closed.close();
    const result = await fetchPack(closed.origin.replace('http:', 'https:') + '/pack.json');
    expect(result).toMatchObject({ status: 'failed', reason: 'network' });
    if (result.status === 'failed') expect(result.message).toMatch(/Could not reach .*ECONNREFUSED/);
  });
});
