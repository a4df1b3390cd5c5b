// @vitest-environment happy-dom
// A reloaded or updated extension starts a new copy of its content script in a page that may still
// hold the old copy's sidebar. Firefox stops the old copy's code and leaves its elements behind;
// Chromium keeps the old copy running, cut off from the extension. Either way the page must end up
// with exactly one sidebar. (The e2e suite proves both in the real browsers; these tests pin the
// clean-up itself.) And everything a session starts in the page (listeners, observers, timers,
// message and storage listeners) takes its lifetime from the content script's context.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HostAdapter } from '@/lib/hosts/types';
import { SIDEBAR_TAG } from '@/lib/page-elements';
import { startCoaching } from './start-coaching';
import { trackListening, type ListeningTracker } from './test-support';

// Chromium has the Navigation API, so WXT watches navigations without a timer of its own (it polls
// the URL every second where the API is missing, and that poll would also notice a lost extension).
// The pages under test must be like Chromium's; WXT looks for the API when it loads.
vi.hoisted(() => {
  const page = globalThis as { navigation?: EventTarget };
  page.navigation ??= new EventTarget();
});

const host: HostAdapter = {
  id: 'zendesk',
  findEditors: (doc) => Array.from(doc.querySelectorAll<HTMLElement>('[contenteditable="true"]')),
  customerMessage: () => ({ text: 'I am fed up, this is the third time.', authorName: 'Dana Whitfield' }),
  agentName: () => 'Sam Rivera',
};

const contexts: ContentScriptContext[] = [];
function newCopy(): ContentScriptContext {
  const ctx = new ContentScriptContext('zendesk');
  contexts.push(ctx);
  return ctx;
}

const sidebars = () => Array.from(document.querySelectorAll(SIDEBAR_TAG));

const extensionId = fakeBrowser.runtime.id;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let tracker: ListeningTracker | null = null;

afterEach(() => {
  tracker?.stop();
  tracker = null;
  vi.useRealTimers();
  fakeBrowser.runtime.id = extensionId;
  for (const ctx of contexts.splice(0)) ctx.abort();
  document.body.innerHTML = '';
});

describe('a new copy of the content script', () => {
  it('removes the sidebar an old, stopped copy left on the page', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>I know exactly how you feel.</p></div>';
    const leftBehind = document.createElement(SIDEBAR_TAG);
    leftBehind.setAttribute('data-tactful-host', 'zendesk');
    document.body.append(leftBehind);

    await startCoaching(newCopy(), host);
    expect(sidebars()).toHaveLength(1);
    expect(sidebars()[0]).not.toBe(leftBehind);
    expect(leftBehind.isConnected).toBe(false);
  });

  it('stops a still-running old copy, so one sidebar coaches the page', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>I know exactly how you feel.</p></div>';
    const oldCopy = newCopy();
    await startCoaching(oldCopy, host);
    const oldSidebar = sidebars()[0];

    const newer = newCopy();
    await startCoaching(newer, host);
    expect(oldCopy.isInvalid).toBe(true);
    expect(newer.isValid).toBe(true);
    expect(sidebars()).toHaveLength(1);
    expect(sidebars()[0]).not.toBe(oldSidebar);
  });

  it('takes its sidebar away by itself once its extension is gone, page idle or not', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
    const copy = newCopy();
    await startCoaching(copy, host);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sidebars()).toHaveLength(1);
    // What a content script sees after its extension was reloaded, updated or disabled in Chromium.
    (fakeBrowser.runtime as { id: string | undefined }).id = undefined;
    await vi.advanceTimersByTimeAsync(1000);
    // Read before anything here asks the context (asking is itself the check that cleans up).
    expect(sidebars()).toHaveLength(0);
    expect(copy.signal.aborted).toBe(true);
  });
});

describe('a coaching session', () => {
  it('leaves nothing listening once its extension is reloaded under the page', async () => {
    document.body.innerHTML =
      '<div contenteditable="true"><p>I know exactly how you feel.</p></div>' +
      '<div contenteditable="true"><p>Hello Dana, reset your router.</p></div>';
    tracker = trackListening();
    const ctx = newCopy();
    await startCoaching(ctx, host);

    // The agent moves to the second reply, types, points at it; the page changes around it.
    const second = document.querySelectorAll<HTMLElement>('[contenteditable="true"]')[1]!;
    second.focus();
    second.firstElementChild!.append(' Thanks!');
    second.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 5, clientY: 5 }));
    document.body.append(document.createElement('aside'));
    await sleep(400);
    const running = tracker.now();
    expect(Object.keys(running)).toEqual(expect.arrayContaining(['eventListeners', 'MutationObserver']));
    expect(running.runtimeMessages).toBeDefined();

    // What a content script sees once its extension is reloaded, updated or disabled.
    (fakeBrowser.runtime as { id: string | undefined }).id = undefined;
    await sleep(1100);
    expect(ctx.isValid).toBe(false);
    expect(document.querySelectorAll(SIDEBAR_TAG)).toHaveLength(0);
    expect(tracker.now()).toEqual({});
  });
});
