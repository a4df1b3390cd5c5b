// Underlines the coaching findings inside the host editor without touching its DOM: each finding
// becomes a Range, the Ranges are registered with the CSS Custom Highlight API, and one style sheet
// of ::highlight() rules paints them. Editors such as CKEditor re-render their DOM from their own
// model and would drop or fight any marks we inserted; a highlight changes nothing they own.
//
// Checked in Chromium 156 and Firefox ESR 153 from a content script: the isolated world writes
// the same per-document registry and adoptedStyleSheets list the page sees. Firefox's Xray
// wrappers refuse to iterate the registry or a Highlight (keys(), forEach(), for...of throw), so
// this code only ever calls get/set/delete/has by name.

import { SEVERITIES, type Finding, type Severity } from '@/coaching/types';
import type { TextSnapshot } from './dom-text';

/** Highlight names are global to a document: ours carry a prefix and we never touch any other. */
export const HIGHLIGHT_NAMES: Readonly<Record<Severity, string>> = {
  error: 'tactful-error',
  warning: 'tactful-warning',
  suggestion: 'tactful-suggestion',
};

/** Marks the <style> element used where a style sheet cannot be adopted. */
export const HIGHLIGHT_STYLE_ATTRIBUTE = 'data-tactful-highlights';

/** The sidebar's severity colours (components/sidebar.css), so an underline matches its card. */
const UNDERLINE_COLORS: Readonly<Record<Severity, string>> = {
  error: '#c2362b',
  warning: '#b86b00',
  suggestion: '#3465c2',
};

// Only text-decoration and colour properties apply to ::highlight(). A thin wave under the text,
// unbroken by descenders, stays readable while the agent types; at 1.5px Chromium draws a wave
// as visible as Firefox's (its 1px wave is faint), and Firefox draws 1.5px as 1px.
export const HIGHLIGHT_CSS = SEVERITIES.map(
  (severity) =>
    `::highlight(${HIGHLIGHT_NAMES[severity]}) { text-decoration: underline wavy ${UNDERLINE_COLORS[severity]} 1.5px; ` +
    'text-decoration-skip-ink: none; text-underline-offset: 2px; }',
).join('\n');

/** Where the ::highlight() rules must live to reach the editor: its document, or the shadow root around it. */
export type StyleRoot = Document | ShadowRoot;

/** A finding as underlined: the live Range its underline is painted on moves with the words as the agent types. */
export interface UnderlinedFinding {
  finding: Finding;
  range: Range;
}

/** The findings that can be underlined, each with its Range. Insertion points (start === end) have no text to underline. */
export function underlinedFindings(snapshot: TextSnapshot, findings: readonly Finding[]): UnderlinedFinding[] {
  const underlined: UnderlinedFinding[] = [];
  for (const finding of findings) {
    if (finding.end <= finding.start) continue;
    // Null when the editor's DOM no longer holds that text; the next analysis catches up.
    const range = snapshot.toDomRange(finding.start, finding.end);
    if (range && !range.collapsed) underlined.push({ finding, range });
  }
  return underlined;
}

/** The Ranges to underline, by severity. */
export function underlineRanges(snapshot: TextSnapshot, findings: readonly Finding[]): Record<Severity, Range[]> {
  return rangesBySeverity(underlinedFindings(snapshot, findings));
}

function rangesBySeverity(underlined: readonly UnderlinedFinding[]): Record<Severity, Range[]> {
  const ranges: Record<Severity, Range[]> = { error: [], warning: [], suggestion: [] };
  for (const { finding, range } of underlined) ranges[finding.severity].push(range);
  return ranges;
}

export interface FindingUnderlines {
  /**
   * Replaces the underlines with the findings' spans. `snapshot` must be the reading the
   * findings' offsets were computed on.
   */
  show(snapshot: TextSnapshot, findings: readonly Finding[]): void;
  /** Takes our underlines away; the page's own highlights stay. */
  clear(): void;
  /** clear(), and take our style sheet out of the editor's document too. */
  remove(): void;
  /**
   * The findings the last show() underlined, with the very Ranges painted, so a pointer over an
   * underline can be matched to its finding (lib/coach/inline-card.ts). Empty while nothing is drawn.
   */
  underlined?(): readonly UnderlinedFinding[];
}

const NO_UNDERLINES: FindingUnderlines = { show() {}, clear() {}, remove() {} };

/**
 * Underlines for one editor. The registry and the Highlight constructor come from the editor's
 * own window and the rules go where its root node is, so an editor inside a same-origin iframe or
 * a shadow root is painted by the same code. Browsers without the Highlight API (Firefox before
 * 140) get no underlines; the sidebar still lists every finding.
 */
export function createFindingUnderlines(root: HTMLElement): FindingUnderlines {
  const view = root.ownerDocument.defaultView;
  const registry = view?.CSS?.highlights;
  if (!view || !registry || typeof view.Highlight !== 'function') return NO_UNDERLINES;
  const HighlightInEditorWindow = view.Highlight;
  const styleRoot = styleRootOf(root);
  let styles: InstalledStyles | null = null;
  let drawn: readonly UnderlinedFinding[] = [];

  const clear = () => {
    drawn = [];
    for (const severity of SEVERITIES) registry.delete(HIGHLIGHT_NAMES[severity]);
  };

  return {
    show(snapshot, findings) {
      drawn = underlinedFindings(snapshot, findings);
      const ranges = rangesBySeverity(drawn);
      // A page may reassign its adopted sheets wholesale; checking is cheap, once per analysis.
      if (!styles || !stylesInPlace(styleRoot, styles)) styles = installHighlightStyles(styleRoot);
      for (const severity of SEVERITIES) {
        const name = HIGHLIGHT_NAMES[severity];
        if (ranges[severity].length > 0) registry.set(name, new HighlightInEditorWindow(...ranges[severity]));
        else registry.delete(name);
      }
    },
    clear,
    remove() {
      clear();
      removeHighlightStyles(styleRoot);
      styles = null;
    },
    underlined: () => drawn,
  };
}

/**
 * Takes away underlines and styles an earlier copy of the content script left behind: after an
 * extension update or reload the old copy may have been unloaded before it could clean up.
 */
export function removeFindingUnderlines(doc: Document): void {
  const registry = doc.defaultView?.CSS?.highlights;
  if (registry) for (const severity of SEVERITIES) registry.delete(HIGHLIGHT_NAMES[severity]);
  removeHighlightStyles(doc);
}

export function styleRootOf(element: Element): StyleRoot {
  const rootNode = element.getRootNode();
  // Not `instanceof ShadowRoot`: an iframe's nodes come from another window's constructors.
  return rootNode.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in rootNode
    ? (rootNode as ShadowRoot)
    : element.ownerDocument;
}

/** Our rules as they were put in place: an adopted sheet, or the fallback <style> element. */
export type InstalledStyles = CSSStyleSheet | HTMLStyleElement;

/**
 * Puts our ::highlight() rules into `styleRoot`, once however often it is called. An adopted
 * style sheet adds no element for the page (or its MutationObservers) to trip over; where adopting
 * is not possible, a marked <style> element does the same job.
 */
export function installHighlightStyles(styleRoot: StyleRoot): InstalledStyles {
  const sheet = adoptHighlightSheet(styleRoot);
  if (sheet) return sheet;
  const existing = styleRoot.querySelector<HTMLStyleElement>(`style[${HIGHLIGHT_STYLE_ATTRIBUTE}]`);
  if (existing) {
    if (existing.textContent !== HIGHLIGHT_CSS) existing.textContent = HIGHLIGHT_CSS;
    return existing;
  }
  const doc = documentOf(styleRoot);
  const style = doc.createElement('style');
  style.setAttribute(HIGHLIGHT_STYLE_ATTRIBUTE, '');
  style.textContent = HIGHLIGHT_CSS;
  const parent = styleRoot === doc ? (doc.head ?? doc.documentElement) : styleRoot;
  parent.appendChild(style);
  return style;
}

function stylesInPlace(styleRoot: StyleRoot, styles: InstalledStyles): boolean {
  return 'isConnected' in styles ? styles.isConnected : (adoptedSheets(styleRoot)?.includes(styles) ?? false);
}

export function removeHighlightStyles(styleRoot: StyleRoot): void {
  const adopted = adoptedSheets(styleRoot);
  if (adopted?.some(isHighlightSheet)) {
    // Reassigning keeps the page's own sheets, in their order; only ours is left out.
    styleRoot.adoptedStyleSheets = adopted.filter((sheet) => !isHighlightSheet(sheet));
  }
  styleRoot.querySelectorAll(`style[${HIGHLIGHT_STYLE_ATTRIBUTE}]`).forEach((style) => style.remove());
}

/** Our sheet adopted into `styleRoot` (new or already there), or null where that cannot be done. */
function adoptHighlightSheet(styleRoot: StyleRoot): CSSStyleSheet | null {
  const adopted = adoptedSheets(styleRoot);
  const SheetInEditorWindow = documentOf(styleRoot).defaultView?.CSSStyleSheet;
  if (!adopted || !SheetInEditorWindow) return null;
  const existing = adopted.find(isHighlightSheet);
  try {
    if (existing) {
      // Adopted for another editor on the page, or by an earlier copy of the content script:
      // reuse it, with this version's rules.
      existing.replaceSync(HIGHLIGHT_CSS);
      return existing;
    }
    // A constructed sheet can only be adopted by the document whose window constructed it.
    const sheet = new SheetInEditorWindow();
    sheet.replaceSync(HIGHLIGHT_CSS);
    // Assigned rather than pushed: older engines expose a frozen array.
    styleRoot.adoptedStyleSheets = [...adopted, sheet];
    return adoptedSheets(styleRoot)?.includes(sheet) ? sheet : null;
  } catch {
    return null;
  }
}

function adoptedSheets(styleRoot: StyleRoot): CSSStyleSheet[] | null {
  const adopted = (styleRoot as Partial<Pick<StyleRoot, 'adoptedStyleSheets'>>).adoptedStyleSheets;
  return adopted ? Array.from(adopted) : null;
}

const OUR_HIGHLIGHT_SELECTOR = '::highlight(tactful-';

/** Our sheet is the one whose rules paint our highlight names. */
function isHighlightSheet(sheet: CSSStyleSheet): boolean {
  try {
    return sheet.cssRules[0]?.cssText.startsWith(OUR_HIGHLIGHT_SELECTOR) ?? false;
  } catch {
    return false;
  }
}

function documentOf(styleRoot: StyleRoot): Document {
  return styleRoot.nodeType === Node.DOCUMENT_NODE ? (styleRoot as Document) : (styleRoot as ShadowRoot).ownerDocument;
}
