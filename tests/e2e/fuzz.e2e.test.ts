// Tactful never changes what the agent's own keys do to a reply: a seeded random sequence of typing,
// keys that move and select, pastes, undo and redo runs in each fixture editor twice, once in a
// browser without the extension and once with Tactful coaching, and the editor's own model must
// hold the same text after every batch of actions, with nothing logged as an error by the page.
//
// `npm test` runs one seed with a few dozen actions per editor; `npm run fuzz` runs longer
// (FUZZ_SEED, FUZZ_STEPS). A failure names its seed: `FUZZ_SEED=<seed> npm run fuzz` replays it.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_FIXTURES, type EditorFixture } from '../../demo/editors/catalog';
import { E2E_BROWSERS, launchWithExtension, type BrowserName } from './browsers';
import { applyAction, describeAction, fuzzActions, installSteppedClock, type FuzzAction } from './fuzz-actions';
import { clickIntoEditor, editorHasFocus, openFixture, readModelText, settleSelection } from './fixture-pages';
import { pollUntil } from './poll';
import { waitForSidebar } from './sidebar-driver';

const demoUrl = inject('demoUrl');
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const STEPS = Number(process.env.FUZZ_STEPS ?? 24);
const BATCH = 6;
/** Time for one action in a busy browser, generously: a long run sets its own limit from it. */
const MS_PER_ACTION = 1500;

interface EditorRun {
  /** The model's text after each batch. */
  snapshots: string[];
  errors: string[];
}

/** The seed for one editor, so each editor's sequence replays on its own too. */
const editorSeed = (fixture: EditorFixture) => SEED + EDITOR_FIXTURES.indexOf(fixture);

async function fuzzEditors(browserName: BrowserName, withTactful: boolean): Promise<Map<string, EditorRun>> {
  const session = await launchWithExtension(browserName, { loadExtension: withTactful });
  const runs = new Map<string, EditorRun>();
  try {
    for (const fixture of EDITOR_FIXTURES) {
      const page = await session.newPage();
      try {
        await page.addInitScript(installSteppedClock);
        await openFixture(page, demoUrl, fixture);
        // With Tactful, the fuzzing starts once it coaches the seeded draft.
        if (withTactful) await waitForSidebar(page, (s) => s.visible && s.ruleIds.length > 0, 'the draft coached');
        await clickIntoEditor(page, fixture);
        await pollUntil(() => editorHasFocus(page, fixture), Boolean, `${fixture.kind} focused`);
        // From the end of the draft in both runs, wherever the click put the caret.
        await page.press('Control+End');
        // A busy page takes a moment to put the caret there: the first action must start from it.
        await settleSelection(page);
        runs.set(fixture.kind, await fuzzOne(page, fuzzActions(editorSeed(fixture), STEPS)));
      } finally {
        await page.close();
      }
    }
  } finally {
    await session.close();
  }
  return runs;
}

async function fuzzOne(page: Parameters<typeof applyAction>[0], actions: FuzzAction[]): Promise<EditorRun> {
  const snapshots: string[] = [];
  for (let start = 0; start < actions.length; start += BATCH) {
    for (const action of actions.slice(start, start + BATCH)) await applyAction(page, action);
    snapshots.push((await readModelText(page)) ?? '');
  }
  return { snapshots, errors: page.errors() };
}

/** Where two runs first part, with the actions that led there, so the failure can be replayed and read. */
function firstDifference(fixture: EditorFixture, without: EditorRun, withTactful: EditorRun): string | null {
  const batch = without.snapshots.findIndex((text, index) => text !== withTactful.snapshots[index]);
  if (batch < 0) return null;
  const actions = fuzzActions(editorSeed(fixture), STEPS).slice(batch * BATCH, (batch + 1) * BATCH);
  return [
    `${fixture.kind} (FUZZ_SEED=${SEED} FUZZ_STEPS=${STEPS}) parts after batch ${batch + 1}:`,
    ...actions.map((action) => `  ${describeAction(action)}`),
    `  without Tactful: ${JSON.stringify(without.snapshots[batch])}`,
    `  with Tactful:    ${JSON.stringify(withTactful.snapshots[batch])}`,
  ].join('\n');
}

describe.each(E2E_BROWSERS)('fuzzing the fixture editors in %s', (browserName) => {
  let without: Map<string, EditorRun>;
  let withTactful: Map<string, EditorRun>;
  const timeout = EDITOR_FIXTURES.length * (STEPS * MS_PER_ACTION + 15_000);

  beforeAll(async () => {
    without = await fuzzEditors(browserName, false);
    withTactful = await fuzzEditors(browserName, true);
  }, 2 * timeout);

  afterAll(() => {
    if (!without || !withTactful) console.log(`Fuzz run did not finish: FUZZ_SEED=${SEED} FUZZ_STEPS=${STEPS}`);
  });

  it.each(EDITOR_FIXTURES.map((fixture) => [fixture.kind, fixture] as const))(
    '%s: the same text as without Tactful after every batch, and no page error',
    (_kind, fixture) => {
      const baseline = without.get(fixture.kind)!;
      const coached = withTactful.get(fixture.kind)!;
      expect(firstDifference(fixture, baseline, coached), `seed ${SEED}`).toBeNull();
      expect(baseline.errors, `without Tactful, seed ${SEED}`).toEqual([]);
      expect(coached.errors, `with Tactful, seed ${SEED}`).toEqual([]);
    },
  );
});
