// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { testCoaching, textEditor } from '@/lib/coach/test-support';
import { sidebarProps } from './sidebar-view';

const DRAFT = 'I know exactly how you feel. Reset your router.';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the sidebar from the coaching state', () => {
  it('hands the sidebar the analysed text to quote from', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const { coaching, end } = testCoaching({ editorFor: () => textEditor(root, () => DRAFT) });
    coaching.actions.analysis.follow(root);
    const props = sidebarProps(coaching.store.get(), coaching);
    expect(props.findingTools.text).toBe(DRAFT);
    expect(props.analysis?.findings.map((finding) => finding.ruleId)).toContain('sympathy');
    end();
  });
});
