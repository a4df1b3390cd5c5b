// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { testCoaching } from './test-support';

describe('layout actions', () => {
  it("do not let the echo of this tab's own earlier write undo a later change", () => {
    const { coaching, end } = testCoaching();
    const { layout } = coaching.actions;
    layout.commitWidth(329);
    layout.commitWidth(260);
    // storage.onChanged delivers both writes after the second change.
    layout.layoutStored({ collapsed: false, width: 329 });
    expect(coaching.store.get().layout.width).toBe(260);
    layout.layoutStored({ collapsed: false, width: 260 });
    expect(coaching.store.get().layout.width).toBe(260);
    end();
  });

  it("take another tab's change, also one equal to a write of this tab's that was already heard", () => {
    const { coaching, end } = testCoaching();
    const { layout } = coaching.actions;
    layout.commitWidth(300);
    layout.layoutStored({ collapsed: false, width: 300 });
    layout.layoutStored({ collapsed: true, width: 400 });
    expect(coaching.store.get().layout).toEqual({ collapsed: true, width: 400 });
    layout.layoutStored({ collapsed: false, width: 300 });
    expect(coaching.store.get().layout).toEqual({ collapsed: false, width: 300 });
    end();
  });
});
