// Fetching one pack URL a trainer published: https only, a conditional request with the validators
// of the copy already installed (so a pack that did not change costs the trainer's server one
// small 304), a time-out that also covers a body that never finishes, and the size limit enforced
// while the body streams in, so a response that grows without end is cut off at MAX_PACK_BYTES.
//
// Every failure becomes a message that says what went wrong with which address; nothing is thrown.
// Whether the bytes are a valid pack is install.ts's call (through format.ts).

import { MAX_PACK_BYTES } from './format';

/** How long one fetch may take, headers and body together. */
export const PACK_FETCH_TIMEOUT_MS = 30_000;

export interface PackValidators {
  etag: string | null;
  lastModified: string | null;
}

export type PackFetchFailure =
  'bad-url' | 'not-https' | 'redirected-to-http' | 'network' | 'timeout' | 'http-status' | 'not-json' | 'too-large';

export type PackFetchResult =
  | { status: 'fetched'; bytes: Uint8Array; validators: PackValidators }
  | { status: 'not-modified' }
  | { status: 'failed'; reason: PackFetchFailure; message: string };

export interface FetchPackOptions {
  /** Of the copy already installed; sent back as If-None-Match / If-Modified-Since. */
  validators?: PackValidators;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  /**
   * Host names (any port) allowed over plain http: the e2e build's local test server only; the
   * store build passes none (see http-hosts.ts).
   */
  httpHosts?: readonly string[];
}

/** Content types no pack is served with; anything else (json, text, octet-stream, none) is read. */
const NOT_JSON_TYPES = /^(text\/(html|css|javascript|xml)|image\/|audio\/|video\/|font\/|application\/(xml|pdf|zip))/i;

export async function fetchPack(url: string, options: FetchPackOptions = {}): Promise<PackFetchResult> {
  const addressProblem = checkAddress(url, options.httpHosts ?? []);
  if (addressProblem) return addressProblem;
  const timeoutMs = options.timeoutMs ?? PACK_FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      method: 'GET',
      headers: conditionalHeaders(options.validators),
      // The validators are ours: the browser's HTTP cache must neither answer nor add its own.
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal,
    });
    return await readResponse(url, response, options);
  } catch (error) {
    if (signal.aborted) {
      return failed('timeout', `${url} did not answer completely within ${Math.round(timeoutMs / 1000)} seconds.`);
    }
    return failed(
      'network',
      `Could not reach ${url} (${errorText(error)}). The server may be down, offline, or not allow Tactful to read it.`,
    );
  }
}

/** Why Tactful will not fetch this address (not a web address, not https), or null when it will. */
export function packAddressProblem(url: string, httpHosts: readonly string[]): string | null {
  const problem = checkAddress(url, httpHosts);
  return problem?.status === 'failed' ? problem.message : null;
}

function checkAddress(url: string, httpHosts: readonly string[]): PackFetchResult | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return failed('bad-url', `"${url}" is not a web address.`);
  }
  if (parsed.protocol === 'https:' || allowedHttp(parsed, httpHosts)) return null;
  return failed('not-https', `${url} is not an https address. Packs are only fetched over https.`);
}

function allowedHttp(url: URL, httpHosts: readonly string[]): boolean {
  return url.protocol === 'http:' && httpHosts.includes(url.hostname);
}

function conditionalHeaders(validators: PackValidators | undefined): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators?.etag) headers['If-None-Match'] = validators.etag;
  if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

async function readResponse(url: string, response: Response, options: FetchPackOptions): Promise<PackFetchResult> {
  const finalUrl = response.url || url;
  if (response.redirected || finalUrl !== url) {
    const landed = checkAddress(finalUrl, options.httpHosts ?? []);
    if (landed) {
      void response.body?.cancel().catch(() => {});
      return failed('redirected-to-http', `${url} redirected to ${finalUrl}, which is not https. Nothing was read.`);
    }
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    return failed('http-status', statusMessage(url, response.status, response.statusText));
  }
  const type = response.headers.get('content-type') ?? '';
  if (NOT_JSON_TYPES.test(type)) {
    void response.body?.cancel().catch(() => {});
    return failed('not-json', `${url} answered with ${type.split(';')[0]}, not a pack (JSON).`);
  }
  const maxBytes = options.maxBytes ?? MAX_PACK_BYTES;
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    return tooLarge(url, maxBytes);
  }
  const bytes = await readAtMost(response, maxBytes);
  if (!bytes) return tooLarge(url, maxBytes);
  if (!looksLikeJson(bytes)) return failed('not-json', `${url} did not answer with JSON, so it is not a pack.`);
  return {
    status: 'fetched',
    bytes,
    validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') },
  };
}

/** The body, or null as soon as it grows past `maxBytes` (the rest is never read). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      void reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A pack is a JSON object: its first character (after a byte order mark and spaces) is "{". */
function looksLikeJson(bytes: Uint8Array): boolean {
  const start = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('{');
}

function statusMessage(url: string, status: number, statusText: string): string {
  const text = statusText ? ` ${statusText}` : '';
  if (status === 404 || status === 410)
    return `${url} was not found (HTTP ${status}${text}). Check the address with your trainer.`;
  if (status === 401 || status === 403) return `${url} refused access (HTTP ${status}${text}). Packs must be public.`;
  if (status >= 500) return `The server of ${url} had a problem (HTTP ${status}${text}). Tactful tries again later.`;
  return `${url} answered HTTP ${status}${text} instead of a pack.`;
}

function tooLarge(url: string, maxBytes: number): PackFetchResult {
  return failed('too-large', `${url} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; packs must be smaller.`);
}

function failed(reason: PackFetchFailure, message: string): PackFetchResult {
  return { status: 'failed', reason, message };
}

function errorText(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
