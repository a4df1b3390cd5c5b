// The editor adapters, proven on every editor fixture in real Chromium and Firefox ESR with the
// extension loaded. Each editor goes through the agent's whole loop, in order: type a flawed
// reply and see the findings; see exactly the flagged words underlined; apply a fix; insert an
// empathy statement at the caret; undo it with the editor's own undo; insert again and type on;
// and not one error in the page's console. The truth is always the editor's own model, read
// through its API (window.fixtureEditor), never just the DOM.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyze } from '../../coaching';
import { EDITOR_FIXTURES, SEED_DRAFT } from '../../demo/editors/catalog';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { createCheckMatrix } from './check-matrix';
import { clickIntoEditor, openFixture, readModelText, settleSelection } from './fixture-pages';
import { pollUntil } from './poll';
import { clickInSidebar, readSidebar, waitForSidebar } from './sidebar-driver';
import { waitForUnderlines } from './underline-reader';

const demoUrl = inject('demoUrl');

const CHECKS = ['findings', 'underline', 'fix', 'insert', 'undo', 'type-on', 'console'] as const;

/** Typed after the seeded draft: hostile words the engine flags as an error. */
const TYPED = ' Calm down.';
const TYPED_AFTER_INSERT = ' Thanks!';

/** Where the page's selection is and what has focus, for a failure message. */
function describeSelection(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const where = range
      ? `${range.startContainer.nodeName}:${range.startOffset}-${range.endContainer.nodeName}:${range.endOffset} in "${(range.startContainer.textContent ?? '').slice(0, 40)}"`
      : 'none';
    return `${where}; focus on ${document.activeElement?.tagName ?? 'nothing'}`;
  });
}

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** The draft's findings as the engine itself reports them, so the test follows the engine's wording. */
function expectedFindings(text: string) {
  const findings = analyze(text).findings;
  const words = (ruleId: string) => {
    const finding = findings.find((candidate) => candidate.ruleId === ruleId);
    if (!finding) throw new Error(`The engine no longer flags ${ruleId} in ${JSON.stringify(text)}`);
    return { words: text.slice(finding.start, finding.end), fix: finding.suggestions[0]!, severity: finding.severity };
  };
  return { hostility: words('hostility'), sympathy: words('sympathy') };
}

const matrix = createCheckMatrix(
  'Editor adapters (editor × browser × check)',
  EDITOR_FIXTURES.map((fixture) => ({ id: fixture.kind, label: fixture.label })),
  E2E_BROWSERS,
  CHECKS,
);

afterAll(() => {
  console.log(matrix.format());
});

describe.each(E2E_BROWSERS)('editor adapters in %s', (browserName) => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });

  afterAll(async () => {
    await session?.close();
  });

  describe.each(EDITOR_FIXTURES)('$label', (fixture) => {
    let page: TestPage;
    const draft = SEED_DRAFT + TYPED;
    const expected = expectedFindings(draft);
    const fixed = draft.replace(expected.sympathy.words, expected.sympathy.fix);
    /** The model text just before the statement went in, which undo must bring back exactly. */
    let beforeInsert = '';
    let statement = '';

    const model = async () => (await readModelText(page)) ?? '';
    const check = (name: (typeof CHECKS)[number], body: () => Promise<void>) =>
      matrix.record(fixture.kind, browserName, name, body);

    beforeAll(async () => {
      page = await session.newPage();
      await openFixture(page, demoUrl, fixture);
    });

    afterAll(async () => {
      await page?.close();
    });

    it('shows findings for what the agent types', async () => {
      await check('findings', async () => {
        await clickIntoEditor(page, fixture);
        await page.press('Control+End');
        await settleSelection(page);
        await page.type(TYPED);
        await pollUntil(model, (text) => text === draft, 'the typed words in the editor model');
        const sidebar = await waitForSidebar(
          page,
          (s) => s.visible && s.ruleIds.includes('hostility') && s.ruleIds.includes('sympathy'),
          'the hostility and sympathy findings',
        );
        expect(sidebar.statements.length).toBeGreaterThan(0);
      });
    });

    it('underlines exactly the flagged words', async () => {
      await check('underline', async () => {
        const underlines = await waitForUnderlines(
          page,
          (u) =>
            !!u[expected.hostility.severity]?.includes(expected.hostility.words) &&
            !!u[expected.sympathy.severity]?.includes(expected.sympathy.words),
          `"${expected.hostility.words}" and "${expected.sympathy.words}"`,
          undefined,
          fixture.frameSelector,
        );
        // Nothing else in the draft carries an underline: the other findings are insertion points.
        const underlined = [
          ...(underlines.error ?? []),
          ...(underlines.warning ?? []),
          ...(underlines.suggestion ?? []),
        ].sort();
        expect(underlined).toEqual([expected.hostility.words, expected.sympathy.words].sort());
      });
    });

    it('applies a fix that replaces exactly the flagged words in the editor model', async () => {
      await check('fix', async () => {
        await clickInSidebar(page, '[data-rule-id="sympathy"] .tf-primary');
        await pollUntil(model, (text) => text === fixed, 'the fixed draft in the editor model');
        await waitForSidebar(page, (s) => !s.ruleIds.includes('sympathy'), 'the sympathy finding gone');
        expect(occurrences(await model(), expected.sympathy.fix)).toBe(1);
      });
    });

    it('inserts an empathy statement at the caret, once', async () => {
      await check('insert', async () => {
        const sidebar = await waitForSidebar(page, (s) => s.statements.length > 0, 'empathy statements');
        statement = sidebar.statements[0]!;
        await clickIntoEditor(page, fixture);
        await page.press('Control+End');
        await settleSelection(page);
        beforeInsert = await model();
        await clickInSidebar(page, '.tf-statement button');
        const text = await pollUntil(
          model,
          (current) => current.includes(statement),
          'the statement in the editor model',
        );
        // As the agent would, go on once the sidebar has confirmed it: an undo pressed before the
        // editor has even drawn the text takes it back unseen, and the sidebar then (rightly) says
        // that nothing changed, with its buttons still held for the check.
        const told = await waitForSidebar(page, (s) => !s.busy, 'the insertion confirmed');
        expect(told.error).toBeNull();
        expect(occurrences(text, statement)).toBe(1);
        expect(text.startsWith(beforeInsert)).toBe(true);
        expect(text.trimEnd().endsWith(statement)).toBe(true);
      });
    });

    it("takes the insertion back with one press of the editor's own undo", async () => {
      await check('undo', async () => {
        await page.press('Control+KeyZ');
        await pollUntil(model, (text) => text === beforeInsert, 'the text as it was before the insertion');
      });
    });

    // Slate in Chromium has twice been seen (CI, and a quiet machine) to refuse this second insertion
    // with the editor unfocused after the click; the cause is not found yet. One retry, for Slate
    // only, keeps the suite trustworthy while the flake stays visible in the report.
    it('keeps an insertion when the agent types on after it', { retry: fixture.kind === 'slate' ? 1 : 0 }, async () => {
      await check('type-on', async () => {
        await page.press('Control+End');
        await settleSelection(page);
        const beforeClick = await describeSelection(page);
        await clickInSidebar(page, '.tf-statement button');
        await pollUntil(model, (text) => text.includes(statement), 'the statement inserted again').catch(
          async (error: Error) => {
            throw new Error(
              `${error.message}\nSidebar: ${(await readSidebar(page)).text}\nSelection before the click: ${beforeClick}\nSelection: ${await describeSelection(page)}`,
            );
          },
        );
        await settleSelection(page);
        await page.type(TYPED_AFTER_INSERT);
        const expectedEnd = statement + TYPED_AFTER_INSERT;
        await pollUntil(model, (text) => text.trimEnd().endsWith(expectedEnd), 'typing after the insertion');
        // Editors that reconcile later (React-based ones) must not revert it a moment after.
        await new Promise((resolve) => setTimeout(resolve, 500));
        const text = await model();
        expect(text.trimEnd().endsWith(expectedEnd)).toBe(true);
        expect(occurrences(text, statement)).toBe(1);
      });
    });

    it("leaves no error or warning in the page's console", async () => {
      await check('console', async () => {
        expect(page.errors()).toEqual([]);
        expect(page.warnings()).toEqual([]);
      });
    });
  });
});
