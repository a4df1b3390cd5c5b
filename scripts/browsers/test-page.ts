// One page in either browser (Playwright drives Chromium, Puppeteer drives Firefox over WebDriver
// BiDi), with the operations the e2e tests, npm start and the bench need written once for both.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import type { BrowserName } from './paths';

/**
 * How long a wait for a page state (an element, a sidebar, an underline) may take before it fails. A
 * wait returns as soon as the state shows, so this only bounds a failure; it is generous because a
 * 2-core machine running the suite beside other work can take many seconds to load and settle a page.
 */
export const STATE_WAIT_MS = 20_000;

/** Intermediate pointer positions in TestPage.mouseMove. */
const POINTER_STEPS = 5;

/** One page in either browser, with the operations e2e tests need written once for both. */
export interface TestPage {
  readonly browserName: BrowserName;
  goto(url: string): Promise<void>;
  /** Runs `fn` in every document the page loads from now on (frames too), before the page's scripts. */
  addInitScript(fn: () => void): Promise<void>;
  /** Runs `fn` in the page (main world). `fn` is serialised: it cannot close over test variables. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>>;
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number }): Promise<void>;
  click(selector: string): Promise<void>;
  /** A real mouse click at viewport coordinates (reaches into shadow roots, unlike selectors). */
  mouseClick(x: number, y: number): Promise<void>;
  /**
   * Moves the real pointer to viewport coordinates in a few steps, so what lies on the way sees it
   * pass (pointerenter/pointerleave), as under a person's hand.
   */
  mouseMove(x: number, y: number): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Types through the driver's keyboard into whatever has focus (real key events). */
  type(text: string, options?: { delay?: number }): Promise<void>;
  /** A key or chord in Playwright's notation: "Enter", "Control+Alt+KeyM", "Shift+ArrowLeft". */
  press(chord: string): Promise<void>;
  screenshot(filePath: string): Promise<void>;
  url(): string;
  /**
   * Uncaught exceptions and console.error messages from the page and its frames, oldest first,
   * since the page was opened (navigations do not clear them).
   */
  errors(): string[];
  /** console.warn messages from the page and its frames since the page was opened. */
  warnings(): string[];
  close(): Promise<void>;
}

/**
 * Runs in every document of a test's page before its scripts: marks it so the e2e build mounts
 * Tactful's UI in open shadow roots (components/coach/shadow-ui.ts). Only the e2e build looks.
 */
export function markOpenUiForTests(): void {
  const mark = () => document.documentElement?.setAttribute('data-tactful-open-ui-for-tests', '');
  mark();
  document.addEventListener('readystatechange', mark);
}

/**
 * Both drivers type page functions against their own handle-unwrapping generics; TestPage passes
 * only serialisable arguments, so the functions are handed over as plain one-argument callables.
 */
type PageFunction = (arg: unknown) => unknown;

/** Collects what the page reported to its console; both drivers feed it as events arrive. */
class ConsoleLog {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  pageError(error: unknown) {
    if (!(error instanceof Error)) {
      this.errors.push(`Uncaught ${String(error)}`);
      return;
    }
    // WebDriver BiDi (Firefox) already puts the error's name in front of its message.
    const prefix = error.message.startsWith(`${error.name}: `) ? '' : `${error.name}: `;
    this.errors.push(`Uncaught ${prefix}${error.message}`);
  }
  message(type: string, text: string) {
    if (type === 'error') this.errors.push(`console.error: ${text}`);
    else if (type === 'warning' || type === 'warn') this.warnings.push(`console.warn: ${text}`);
  }
}

export class PlaywrightTestPage implements TestPage {
  readonly browserName = 'chromium' as const;
  private readonly consoleLog = new ConsoleLog();
  constructor(readonly raw: PlaywrightPage) {
    raw.on('pageerror', (error) => this.consoleLog.pageError(error));
    raw.on('console', (message) => this.consoleLog.message(message.type(), message.text()));
  }
  async goto(url: string) {
    await this.raw.goto(url, { waitUntil: 'load' });
  }
  async addInitScript(fn: () => void) {
    await this.raw.addInitScript(fn);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) {
    return this.raw.evaluate(fn as PageFunction, arg) as Promise<Awaited<R>>;
  }
  async waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, options: { timeout?: number } = {}) {
    await this.raw.waitForFunction(fn as PageFunction, arg, { timeout: options.timeout ?? STATE_WAIT_MS });
  }
  click(selector: string) {
    return this.raw.click(selector);
  }
  mouseClick(x: number, y: number) {
    return this.raw.mouse.click(x, y);
  }
  mouseMove(x: number, y: number) {
    return this.raw.mouse.move(x, y, { steps: POINTER_STEPS });
  }
  focus(selector: string) {
    return this.raw.focus(selector);
  }
  type(text: string, options: { delay?: number } = {}) {
    return this.raw.keyboard.type(text, options);
  }
  press(chord: string) {
    return this.raw.keyboard.press(chord);
  }
  async screenshot(filePath: string) {
    await this.raw.screenshot({ path: filePath });
  }
  url() {
    return this.raw.url();
  }
  errors() {
    return [...this.consoleLog.errors];
  }
  warnings() {
    return [...this.consoleLog.warnings];
  }
  close() {
    return this.raw.close();
  }
}

export class PuppeteerTestPage implements TestPage {
  readonly browserName = 'firefox' as const;
  private readonly consoleLog = new ConsoleLog();
  constructor(readonly raw: PuppeteerPage) {
    raw.on('pageerror', (error) => this.consoleLog.pageError(error));
    raw.on('console', (message) => this.consoleLog.message(message.type(), message.text()));
  }
  async goto(url: string) {
    if (url.startsWith('moz-extension:')) {
      // Puppeteer's goto() waits for a BiDi navigation event Firefox does not send when the tab moves
      // into the extension's process, so the navigation is started through the frame's BiDi browsing
      // context (puppeteer-core 24 keeps it there, outside its typed API) and the document is awaited.
      const frame = this.raw.mainFrame() as unknown as {
        browsingContext: { navigate(url: string, wait: 'none'): Promise<unknown> };
      };
      await frame.browsingContext.navigate(url, 'none');
      await this.waitForFunction((target) => location.href === target && document.readyState === 'complete', url);
      return;
    }
    await this.raw.goto(url, { waitUntil: 'load' });
  }
  async addInitScript(fn: () => void) {
    await this.raw.evaluateOnNewDocument(fn);
  }
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A) {
    return this.raw.evaluate(fn as PageFunction, arg) as Promise<Awaited<R>>;
  }
  async waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, options: { timeout?: number } = {}) {
    await this.raw.waitForFunction(fn as PageFunction, { timeout: options.timeout ?? STATE_WAIT_MS }, arg);
  }
  async click(selector: string) {
    // Playwright's click waits for the element to show; Puppeteer's fails at once when it is not there
    // yet (a menu item rendered after its button's click), so both drivers wait alike.
    await this.raw.waitForSelector(selector, { visible: true, timeout: STATE_WAIT_MS });
    await this.raw.click(selector);
  }
  mouseClick(x: number, y: number) {
    return this.raw.mouse.click(x, y);
  }
  mouseMove(x: number, y: number) {
    return this.raw.mouse.move(x, y, { steps: POINTER_STEPS });
  }
  focus(selector: string) {
    return this.raw.focus(selector);
  }
  type(text: string, options: { delay?: number } = {}) {
    return this.raw.keyboard.type(text, options);
  }
  async press(chord: string) {
    // Puppeteer presses one key at a time; hold the modifiers around the last key.
    const keys = chord.split('+') as KeyInput[];
    const key = keys.pop();
    if (!key) throw new Error(`Empty key chord "${chord}"`);
    for (const modifier of keys) await this.raw.keyboard.down(modifier);
    try {
      await this.raw.keyboard.press(key);
    } finally {
      for (const modifier of keys.reverse()) await this.raw.keyboard.up(modifier);
    }
  }
  async screenshot(filePath: string) {
    await this.raw.screenshot({ path: filePath as `${string}.png` });
  }
  url() {
    return this.raw.url();
  }
  errors() {
    return [...this.consoleLog.errors];
  }
  warnings() {
    return [...this.consoleLog.warnings];
  }
  close() {
    return this.raw.close();
  }
}
