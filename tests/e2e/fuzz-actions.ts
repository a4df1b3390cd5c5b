import type { TestPage } from './browsers';
import { settleSelection } from './fixture-pages';
import { seededRandom } from '../../scripts/seeded-random';

// The fuzz test's actions: a seeded random sequence of what an agent does in a reply (typing, keys
// that move or select, pastes, undo and redo), written down so a failing seed replays exactly.

export type FuzzAction =
  { kind: 'type'; text: string } | { kind: 'press'; chord: string; times: number } | { kind: 'paste'; text: string };

/** Words that draw coaching (so the run coaches while it edits) and plain ones. */
const WORDS = [
  'Obviously',
  'calm down',
  'just',
  'unfortunately',
  'you should have',
  'as I said',
  'I understand',
  'sorry',
  'refund',
  'Thanks',
  'please',
  'ASAP',
  'the order',
  'Kind regards,',
];

/**
 * Keys that move, select and delete; no Tab or Escape (they leave the editor or close the page's
 * own UI) and nothing the shortcut trigger (";;") or Tactful's commands (Alt+Shift) use.
 */
const KEYS = [
  'Enter',
  'Backspace',
  'Delete',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Control+Home',
  'Control+End',
  'Shift+ArrowLeft',
  'Shift+ArrowRight',
  'Shift+Home',
  'Shift+End',
  'Control+Shift+ArrowLeft',
  'Control+KeyA',
  'Control+Backspace',
];
const UNDO = 'Control+KeyZ';
const REDO = 'Control+Shift+KeyZ';

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function phrase(random: () => number): string {
  const count = 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => pick(random, WORDS)).join(' ');
}

function nextAction(random: () => number): FuzzAction {
  const roll = random();
  if (roll < 0.35)
    return {
      kind: 'type',
      text: `${random() < 0.5 ? ' ' : ''}${phrase(random)}${pick(random, [' ', '. ', ', ', ''])}`,
    };
  if (roll < 0.7) return { kind: 'press', chord: pick(random, KEYS), times: 1 + Math.floor(random() * 3) };
  if (roll < 0.8) return { kind: 'paste', text: `${phrase(random)}.` };
  if (roll < 0.92) return { kind: 'press', chord: UNDO, times: 1 + Math.floor(random() * 2) };
  return { kind: 'press', chord: REDO, times: 1 };
}

export function fuzzActions(seed: number, count: number): FuzzAction[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => nextAction(random));
}

export function describeAction(action: FuzzAction): string {
  if (action.kind === 'press') return `press ${action.chord}${action.times > 1 ? ` ×${action.times}` : ''}`;
  return `${action.kind} ${JSON.stringify(action.text)}`;
}

/**
 * Runs in every document of a fuzzed page before its scripts: Date.now() stands still and moves
 * only when the test steps it. Editors group their undo history by time (ProseMirror, Quill,
 * Lexical); on a busy machine two runs of the same keys would otherwise group them differently,
 * and undo would rightly give different text. With the clock stepped, each action is its own
 * group in every run.
 */
export function installSteppedClock(): void {
  let now = Date.UTC(2026, 11, 7, 9, 0, 0);
  Date.now = () => now;
  Object.defineProperty(window, 'tactfulFuzzClock', { value: { step: () => (now += 10_000) } });
}

declare global {
  interface Window {
    tactfulFuzzClock?: { step(): number };
  }
}

/** A paste as the clipboard delivers it, at the focused element of the page or of its focused frame. */
function dispatchPaste(text: string): void {
  let doc: Document = document;
  while (doc.activeElement instanceof doc.defaultView!.HTMLIFrameElement && doc.activeElement.contentDocument)
    doc = doc.activeElement.contentDocument;
  const target = doc.activeElement ?? doc.body;
  const view = doc.defaultView!;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  target.dispatchEvent(new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

export async function applyAction(page: TestPage, action: FuzzAction): Promise<void> {
  await page.evaluate(() => window.tactfulFuzzClock?.step());
  if (action.kind === 'type') await page.type(action.text);
  else if (action.kind === 'paste') await page.evaluate(dispatchPaste, action.text);
  else {
    // Each press is the agent's own key: the editor takes in the selection it made before the next.
    for (let press = 1; press < action.times; press++) {
      await page.press(action.chord);
      await settleSelection(page);
    }
    await page.press(action.chord);
  }
  await settleSelection(page);
}
