// A rule the administrator's policy locks, in the built extension in real Chromium and Firefox ESR:
// the options page shows it set by the administrator with its switch disabled, the sidebar and
// the inline card show its Turn off disabled with the same note, and the background refuses a
// message that tries to turn it off, while it still accepts the same message for a rule the policy
// does not lock.
//
// The policy: neither browser lets a test set a real one (Chromium reads /etc/chromium/policies,
// root only, when it starts; Firefox a policies.json beside its installation), so the e2e build
// reads it from the storage.local entry lib/packs/managed-storage.ts names, written here from the
// options page before the pages that read it open.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyze } from '../../coaching';
import { EDITOR_FIXTURES, SEED_DRAFT } from '../../demo/editors/catalog';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { hoverUnderline } from './card-driver';
import { openFixture } from './fixture-pages';
import { pollUntil } from './poll';
import { waitForSidebar } from './sidebar-driver';
import { waitForUnderlines } from './underline-reader';

const LOCKED = 'sympathy';
const UNLOCKED = 'jargon';
const SET_BY_ADMINISTRATOR = 'Set by your administrator';
const TEXTAREA = EDITOR_FIXTURES.find((fixture) => fixture.kind === 'textarea')!;

/** The seed draft's words the locked rule flags. */
const lockedWords = (() => {
  const finding = analyze(SEED_DRAFT).findings.find((candidate) => candidate.ruleId === LOCKED);
  if (!finding) throw new Error(`The engine no longer flags the seed draft with ${LOCKED}`);
  return SEED_DRAFT.slice(finding.start, finding.end);
})();

/** The extension API an extension page has: `browser` in Firefox, `chrome` in Chromium. */
interface ExtensionApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Writes the policy the e2e build reads in place of the browser's managed storage. */
function setPolicy(page: TestPage, policy: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (policy) => {
    const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    await (scope.browser ?? scope.chrome)!.storage.local.set({ managedPolicyForTests: policy });
  }, policy);
}

/**
 * Sends the background the message the sidebar sends for Turn off, from an extension page, in the
 * messaging library's wire format ({ id, type, data, timestamp } in, { res } or { err } back).
 */
function askToSetRule(
  page: TestPage,
  ruleId: string,
  enabled: boolean,
): Promise<{ res?: unknown; err?: { message: string } }> {
  return page.evaluate(
    async ({ ruleId, enabled }) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
      const message = { id: 1, type: 'coaching.setRuleEnabled', data: { ruleId, enabled }, timestamp: Date.now() };
      return (await (scope.browser ?? scope.chrome)!.runtime.sendMessage(message)) as {
        res?: unknown;
        err?: { message: string };
      };
    },
    { ruleId, enabled },
  );
}

interface RuleRow {
  locked: boolean;
  note: string;
  switchOn: boolean;
  switchDisabled: boolean;
}

function readRuleRow(page: TestPage, ruleId: string): Promise<RuleRow | null> {
  return page.evaluate((ruleId) => {
    const row = document.querySelector(`#coaching tr[data-rule-id="${ruleId}"]`);
    const toggle = row?.querySelector<HTMLInputElement>('input[role="switch"]');
    if (!row || !toggle) return null;
    return {
      locked: row.hasAttribute('data-locked'),
      note: row.querySelector('.tfo-rule-locked')?.textContent ?? '',
      switchOn: toggle.checked,
      switchDisabled: toggle.disabled,
    };
  }, ruleId);
}

/** The sidebar's finding for `ruleId`: its Turn off button and the locked note beside it. */
function readSidebarTurnOff(page: TestPage, ruleId: string): Promise<{ disabled: boolean; lockedNote: string } | null> {
  return page.evaluate((ruleId) => {
    const finding = document
      .querySelector('tactful-sidebar')
      ?.shadowRoot?.querySelector(`.tf-finding[data-rule-id="${ruleId}"]`);
    const button = finding?.querySelector<HTMLButtonElement>('.tf-turn-off');
    if (!button) return null;
    return { disabled: button.disabled, lockedNote: finding?.querySelector('.tf-rule-locked')?.textContent ?? '' };
  }, ruleId);
}

describe.each(E2E_BROWSERS)('a rule locked by policy in %s', (browserName) => {
  let session: ExtensionSession;
  let options: TestPage;
  let desk: TestPage;

  beforeAll(async () => {
    session = await launchWithExtension(browserName, { extensionPages: true });
    options = await session.newPage();
    await options.goto(`${session.extensionOrigin}/options.html`);
    await options.waitForFunction(() => !!document.querySelector('#coaching tr[data-rule-id]'));
    await setPolicy(options, { lockedRules: [LOCKED] });
    // The options page reads the policy when it opens; so does every help desk tab.
    await options.goto(`${session.extensionOrigin}/options.html`);
    desk = await session.newPage();
    await openFixture(desk, inject('demoUrl'), TEXTAREA);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows it set by the administrator on the options page, its switch on and disabled', async () => {
    const row = await pollUntil(
      () => readRuleRow(options, LOCKED),
      (found) => found?.locked === true,
      'the locked rule row',
    );
    expect(row).toEqual({ locked: true, note: SET_BY_ADMINISTRATOR, switchOn: true, switchDisabled: true });
    expect(await readRuleRow(options, UNLOCKED)).toEqual({
      locked: false,
      note: '',
      switchOn: true,
      switchDisabled: false,
    });
  });

  it('shows Turn off disabled, with the note, in the sidebar', async () => {
    await waitForSidebar(
      desk,
      (sidebar) => sidebar.visible && sidebar.ruleIds.includes(LOCKED),
      `the ${LOCKED} finding`,
    );
    const turnOff = await pollUntil(
      () => readSidebarTurnOff(desk, LOCKED),
      (found) => found?.disabled === true,
      'the locked Turn off in the sidebar',
    );
    expect(turnOff).toEqual({ disabled: true, lockedNote: SET_BY_ADMINISTRATOR });
  });

  it('shows Turn off disabled, with the note, on the inline card', async () => {
    await waitForUnderlines(desk, (u) => u.warning?.includes(lockedWords) ?? false, `the ${LOCKED} underline`);
    const { card } = await hoverUnderline(
      desk,
      lockedWords,
      undefined,
      (shown) => shown.open && shown.ruleId === LOCKED,
      'open on the locked finding',
    );
    expect(card.turnOff).toEqual({ disabled: true, lockedNote: SET_BY_ADMINISTRATOR });
  });

  it('has the background refuse to turn it off, and leaves it on', async () => {
    const refused = await askToSetRule(options, LOCKED, false);
    expect(refused.res).toBeUndefined();
    expect(refused.err?.message).toBe(
      `“${LOCKED}” is set by your administrator, so it cannot be turned off or on here.`,
    );
    // The same message for a rule the policy does not lock is answered (it is on already: no change).
    const accepted = await askToSetRule(options, UNLOCKED, true);
    expect(accepted.err).toBeUndefined();
    expect(accepted.res).toEqual(expect.any(Object));
    expect((await readRuleRow(options, LOCKED))?.switchOn).toBe(true);
    await waitForSidebar(desk, (sidebar) => sidebar.ruleIds.includes(LOCKED), `the ${LOCKED} finding still coached`);
  });

  it('puts no error in either page console', () => {
    expect(options.errors()).toEqual([]);
    expect(desk.errors()).toEqual([]);
  });
});
