import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NO_POLICY, readPolicy, watchPolicy, type PackPolicy } from '@/lib/packs/policy';

/** The administrator's pack policy, followed while the options page is open. */
export function usePolicy(): PackPolicy {
  const [policy, setPolicy] = useState<PackPolicy>(NO_POLICY);
  useEffect(() => {
    const managed = browser.storage.managed as Parameters<typeof readPolicy>[0];
    void readPolicy(managed).then(setPolicy);
    return watchPolicy(browser.storage, managed, setPolicy);
  }, []);
  return policy;
}
