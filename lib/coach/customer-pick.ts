// "Pick the customer's message": where the host cannot find the customer's message, the agent
// clicks it on the page once; the path to it (lib/coach/message-path.ts) is kept per site in the
// extension's storage.local and read on every analysis after.

import type { AnalysisActions } from './analysis';
import type { LayoutStorage } from './layout-actions';
import { messagePath, pickedElement } from './message-path';
import type { Session } from './session';

export interface CustomerPickActions {
  /** The agent asked to pick: the next click on the page picks the message. */
  start(): void;
  cancel(): void;
  /** The agent clicked `target` on the page while picking. */
  picked(target: Element): void;
  /** Reads the site's stored path (at start). */
  load(): Promise<void>;
}

export function pickKey(origin: string): string {
  return `customerMessagePath:${origin}`;
}

export function createCustomerPickActions(
  session: Session,
  analysis: AnalysisActions,
  storage: LayoutStorage,
): CustomerPickActions {
  const { store } = session;
  const set = (change: Partial<{ path: string | null; picking: boolean }>) =>
    store.update({ customerPick: { ...store.get().customerPick, ...change } });
  return {
    start: () => set({ picking: true }),
    cancel: () => set({ picking: false }),
    picked(target) {
      const path = messagePath(pickedElement(target));
      set({ path, picking: false });
      // Not remembered (the extension reloading under the page) only means the agent picks again.
      storage.area.set({ [pickKey(storage.origin)]: path }).catch(() => {});
      analysis.analyze();
    },
    async load() {
      const key = pickKey(storage.origin);
      let path: string | null = null;
      try {
        const stored = (await storage.area.get(key))[key];
        path = typeof stored === 'string' ? stored : null;
      } catch {
        // Storage unreadable (the extension reloading): nothing was picked as far as this page knows.
      }
      if (path === store.get().customerPick.path) return;
      set({ path });
      analysis.analyze();
    },
  };
}

/**
 * While the agent picks, the next real click on the page (outside Tactful's own elements) picks
 * the message under it, and does nothing else on the page; Escape cancels. Reads the site's stored
 * path at start.
 */
export async function watchCustomerPick(
  session: Session,
  actions: CustomerPickActions,
  isOwnElement: (target: Element) => boolean,
): Promise<void> {
  const { store, signal } = session;
  let picking: AbortController | null = null;
  const stop = () => {
    picking?.abort();
    picking = null;
  };
  const listen = () => {
    picking = new AbortController();
    const options = { capture: true, signal: AbortSignal.any([signal, picking.signal]) };
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!event.isTrusted || !target || isOwnElement(target)) return;
      event.preventDefault();
      event.stopPropagation();
      actions.picked(target);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === 'Escape') actions.cancel();
    };
    document.addEventListener('click', onClick, options);
    document.addEventListener('keydown', onKey, options);
  };
  store.subscribe((state, previous) => {
    if (state.customerPick.picking === previous.customerPick.picking) return;
    if (state.customerPick.picking) listen();
    else stop();
  }, signal);
  await actions.load();
}
