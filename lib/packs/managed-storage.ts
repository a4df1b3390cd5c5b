// The browser's managed storage, where the administrator's policy lives (see policy.ts).
//
// The end-to-end tests cannot set a real policy: Chromium reads it from a system folder
// (/etc/chromium/policies/managed, root only) when it starts, and Firefox from a policies.json
// beside its installation. So their build alone reads the policy from one storage.local entry
// that a test writes from an extension page; the store build has only browser.storage.managed
// (tests/e2e/store-build.e2e.test.ts checks that no bundle names the entry).

import { browser } from 'wxt/browser';
import { E2E_BUILD } from '@/lib/development-build';
import type { ManagedStorage } from './policy';

export function managedStorage(): ManagedStorage | undefined {
  if (E2E_BUILD) {
    return {
      async get() {
        const key = 'managedPolicyForTests';
        const stored: unknown = (await browser.storage.local.get(key))[key];
        return stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
      },
    };
  }
  return browser.storage.managed as ManagedStorage | undefined;
}
