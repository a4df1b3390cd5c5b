import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { managedStorage } from '@/lib/packs/managed-storage';
import { NO_POLICY, readPolicy, watchPolicy, type PackPolicy } from '@/lib/packs/policy';

/** The administrator's pack policy, followed while the options page is open. */
export function usePolicy(): PackPolicy {
  const [policy, setPolicy] = useState<PackPolicy>(NO_POLICY);
  useEffect(() => {
    const managed = managedStorage();
    void readPolicy(managed).then(setPolicy);
    return watchPolicy(browser.storage, managed, setPolicy);
  }, []);
  return policy;
}
