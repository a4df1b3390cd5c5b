// Records the requests a session's pages and extension make, with where each came from, so
// privacy tests can tell the extension's traffic from the page's and from the browser's own.
import type { Browser as PuppeteerBrowser, HTTPRequest, Page as PuppeteerPage, Target } from 'puppeteer-core';
import type { BrowserContext, Request as PlaywrightRequest } from 'playwright-core';
import type { OutboundAttempt, OutboundSentry } from './outbound-sentry';

/**
 * - page: a web page's document or one of its frames. Content scripts run inside the page, and
 *   neither driver can tell their requests from the page's own; on the demo pages, which make
 *   only same-origin requests, anything else a page issues comes from the extension.
 * - extension-page: a document at chrome-extension:// or moz-extension:// (popup, options, sidebar frame).
 * - extension-worker: the extension's background service worker (Chromium only; WebDriver BiDi
 *   does not show Firefox's background page, see `outbound`).
 * - worker: any other service worker.
 */
export type RequestSource = 'page' | 'extension-page' | 'extension-worker' | 'worker';

export interface RecordedRequest {
  source: RequestSource;
  method: string;
  url: string;
  /** Origin of the requested URL ('null' for data: and similar). */
  origin: string;
  resourceType: string;
  /** URL of the document that issued it (page, frame or extension page). */
  frameUrl?: string;
  /** URL of the worker script that issued it. */
  workerUrl?: string;
  /** Origin or Referer header the browser attached, when it did. */
  initiator?: string;
  /** Milliseconds since recording started. */
  at: number;
}

export interface RequestRecorder {
  /** Requests the driver attributed to a page, extension page or worker (a live array). */
  readonly requests: readonly RecordedRequest[];
  /**
   * Everything that tried to leave the machine while recording (from the outbound sentry), whoever
   * sent it: the browser itself, a page, or the extension, including Firefox's background page.
   * Empty when the session was launched with `outbound: 'direct'`.
   */
  readonly outbound: readonly OutboundAttempt[];
  /**
   * Attributed network requests (http, https, ws, wss, ftp) to any origin not in `allowedOrigins`
   * (e.g. the demo server's), leaving out the extension's own packaged files.
   */
  outside(allowedOrigins: readonly string[]): RecordedRequest[];
  /** Attributed requests that came from the extension itself (its pages or its worker). */
  fromExtension(): RecordedRequest[];
  /**
   * Outbound attempts that no page or worker of the session issued: in Chromium, the browser's
   * own traffic (Google hosts and the like); in Firefox, the browser's own traffic or the
   * extension's background page, which BiDi cannot see.
   */
  unattributedOutbound(): OutboundAttempt[];
  stop(): void;
}

type RecorderTarget =
  | { kind: 'chromium'; context: BrowserContext; extensionOrigin: string; sentry: OutboundSentry | null }
  | { kind: 'firefox'; browser: PuppeteerBrowser; extensionOrigin: string; sentry: OutboundSentry | null };

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'null';
  }
}

/** data:, blob: and about: loads are recorded too (Firefox reports them) but never leave the browser. */
function isNetworkUrl(url: string): boolean {
  return /^(https?|wss?|ftp):/i.test(url);
}

function initiatorFrom(headers: Record<string, string>): string | undefined {
  if (headers.origin) return headers.origin;
  return headers.referer ? originOf(headers.referer) : undefined;
}

/** The origin an outbound attempt was for; tunnels name only host:port, so assume https. */
function outboundOrigin(attempt: OutboundAttempt): string {
  if (attempt.method === 'CONNECT') return originOf(`https://${attempt.host}`);
  return originOf(attempt.url);
}

/** WebDriver BiDi in Firefox does not report resource types; navigations are the one sure case. */
function firefoxResourceType(request: HTTPRequest): string {
  try {
    return request.resourceType();
  } catch {
    return request.isNavigationRequest() ? 'document' : 'other';
  }
}

export function createRequestRecorder(target: RecorderTarget): RequestRecorder {
  const startedAt = Date.now();
  const requests: RecordedRequest[] = [];
  const outbound: OutboundAttempt[] = [];
  const cleanups: Array<() => void> = [];
  const isExtensionUrl = (url: string | undefined) => !!url && url.startsWith(`${target.extensionOrigin}/`);

  if (target.sentry) {
    cleanups.push(target.sentry.subscribe((attempt) => outbound.push(attempt)));
  }

  if (target.kind === 'chromium') {
    const onRequest = (request: PlaywrightRequest) => {
      const base = {
        method: request.method(),
        url: request.url(),
        origin: originOf(request.url()),
        resourceType: request.resourceType(),
        initiator: initiatorFrom(request.headers()),
        at: Date.now() - startedAt,
      };
      const worker = request.serviceWorker();
      if (worker) {
        requests.push({
          ...base,
          source: isExtensionUrl(worker.url()) ? 'extension-worker' : 'worker',
          workerUrl: worker.url(),
        });
        return;
      }
      const frameUrl = request.frame().url();
      requests.push({ ...base, source: isExtensionUrl(frameUrl) ? 'extension-page' : 'page', frameUrl });
    };
    target.context.on('request', onRequest);
    cleanups.push(() => target.context.off('request', onRequest));
  } else {
    const watched = new WeakSet<PuppeteerPage>();
    const onPageRequest = (request: HTTPRequest) => {
      const frameUrl = request.frame()?.url();
      requests.push({
        source: isExtensionUrl(frameUrl) ? 'extension-page' : 'page',
        method: request.method(),
        url: request.url(),
        origin: originOf(request.url()),
        resourceType: firefoxResourceType(request),
        frameUrl,
        initiator: initiatorFrom(request.headers()),
        at: Date.now() - startedAt,
      });
    };
    const watch = (page: PuppeteerPage) => {
      if (watched.has(page)) return;
      watched.add(page);
      page.on('request', onPageRequest);
      cleanups.push(() => page.off('request', onPageRequest));
    };
    const onTarget = (created: Target) => {
      void created.page().then(
        (page) => page && watch(page),
        () => undefined,
      );
    };
    void target.browser.pages().then((pages) => pages.forEach(watch));
    target.browser.on('targetcreated', onTarget);
    cleanups.push(() => target.browser.off('targetcreated', onTarget));
  }

  return {
    requests,
    outbound,
    outside(allowedOrigins) {
      const allowed = new Set(allowedOrigins.map(originOf));
      return requests.filter(
        (request) => isNetworkUrl(request.url) && !allowed.has(request.origin) && !isExtensionUrl(request.url),
      );
    },
    fromExtension() {
      return requests.filter((request) => request.source === 'extension-page' || request.source === 'extension-worker');
    },
    unattributedOutbound() {
      const attributedOrigins = new Set(requests.map((request) => request.origin));
      return outbound.filter((attempt) => !attributedOrigins.has(outboundOrigin(attempt)));
    },
    stop() {
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}
