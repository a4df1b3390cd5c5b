// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  composedTarget,
  containsComposed,
  deepActiveElement,
  focusIsWithin,
  isInShadowTree,
  openShadowRoots,
  queryAllComposed,
} from './composed-tree';

afterEach(() => {
  document.body.replaceChildren();
});

/** <outer-box> (open) → <inner-box> (open) → a contenteditable; and a closed root with another. */
function buildComponents() {
  const outer = document.createElement('outer-box');
  const outerRoot = outer.attachShadow({ mode: 'open' });
  const inner = document.createElement('inner-box');
  outerRoot.append(inner);
  const innerRoot = inner.attachShadow({ mode: 'open' });
  const editable = document.createElement('div');
  editable.contentEditable = 'true';
  editable.tabIndex = 0;
  innerRoot.append(editable);
  const sealed = document.createElement('sealed-box');
  sealed.attachShadow({ mode: 'closed' }).append(Object.assign(document.createElement('textarea'), { value: 'x' }));
  const light = document.createElement('textarea');
  document.body.append(light, outer, sealed);
  return { outer, outerRoot, inner, innerRoot, editable, light };
}

describe('the composed tree', () => {
  it('finds open shadow roots at any depth, never closed ones', () => {
    const { outerRoot, innerRoot } = buildComponents();
    expect(openShadowRoots(document)).toEqual([outerRoot, innerRoot]);
  });

  it('queries the document and every open shadow root', () => {
    const { editable, light } = buildComponents();
    expect(queryAllComposed(document, '[contenteditable="true"], textarea')).toEqual([light, editable]);
  });

  it('follows the focus into shadow roots', () => {
    const { outer, editable } = buildComponents();
    editable.focus();
    expect(document.activeElement).toBe(outer);
    expect(deepActiveElement(document)).toBe(editable);
    expect(focusIsWithin(editable)).toBe(true);
    expect(focusIsWithin(outer)).toBe(true);
    expect(focusIsWithin(document.querySelector('textarea')!)).toBe(false);
  });

  it('tells containment across shadow boundaries', () => {
    const { outer, inner, editable, light } = buildComponents();
    expect(containsComposed(outer, editable)).toBe(true);
    expect(containsComposed(inner, editable)).toBe(true);
    expect(containsComposed(editable, outer)).toBe(false);
    expect(containsComposed(light, editable)).toBe(false);
    expect(containsComposed(outer, null)).toBe(false);
  });

  it('tells a node in a shadow tree from one in the document', () => {
    const { outer, editable, light } = buildComponents();
    expect(isInShadowTree(editable)).toBe(true);
    expect(isInShadowTree(outer)).toBe(false);
    expect(isInShadowTree(light)).toBe(false);
  });

  it("reads an event's target before retargeting", () => {
    const { editable } = buildComponents();
    let seen: Node | null = null;
    document.addEventListener('custom-ping', (event) => (seen = composedTarget(event)), { once: true });
    editable.dispatchEvent(new Event('custom-ping', { bubbles: true, composed: true }));
    expect(seen).toBe(editable);
  });
});
