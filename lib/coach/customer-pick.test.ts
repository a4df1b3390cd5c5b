// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pickKey, watchCustomerPick } from './customer-pick';
import { memoryArea, testCoaching, textEditor } from './test-support';

const ORIGIN = 'https://help.example.com';

afterEach(() => {
  document.body.innerHTML = '';
});

function page() {
  document.body.innerHTML = `
    <div class="thread"><div class="msg msg-customer"><p>I am SO fed up, this is the third time!</p></div></div>
    <div id="reply"></div>`;
  return document.getElementById('reply')!;
}

describe('picking the customer message', () => {
  it('reads the picked message, remembers its path for the site, and reads it on the next start', async () => {
    const reply = page();
    const area = memoryArea();
    const { coaching, end } = testCoaching({ area, editorFor: (root) => textEditor(root, () => 'Calm down.') });
    const { actions, store } = coaching;
    await watchCustomerPick(coaching, actions.customerPick, () => false);
    actions.analysis.follow(reply);
    expect(store.get().customer).toBeNull();

    actions.customerPick.start();
    expect(store.get().customerPick.picking).toBe(true);
    // A click the page made up (not the agent's) picks nothing.
    document.querySelector('p')!.click();
    expect(store.get().customerPick.picking).toBe(true);

    actions.customerPick.picked(document.querySelector('p')!);
    expect(store.get().customerPick).toEqual({ path: 'div.thread div.msg.msg-customer', picking: false });
    expect(store.get().customer?.text).toBe('I am SO fed up, this is the third time!');
    expect(store.get().reading?.analysis.emotions.length).toBeGreaterThan(0);
    expect(await area.get(pickKey(ORIGIN))).toEqual({ [pickKey(ORIGIN)]: 'div.thread div.msg.msg-customer' });
    end();

    const next = testCoaching({ area, editorFor: (root) => textEditor(root, () => 'Calm down.') });
    await watchCustomerPick(next.coaching, next.coaching.actions.customerPick, () => false);
    next.coaching.actions.analysis.follow(reply);
    expect(next.coaching.store.get().customer?.text).toBe('I am SO fed up, this is the third time!');
    next.end();
  });

  it('stops picking when the agent cancels', async () => {
    page();
    const area = memoryArea();
    const { coaching, end } = testCoaching({ area });
    await watchCustomerPick(coaching, coaching.actions.customerPick, () => false);
    coaching.actions.customerPick.start();
    coaching.actions.customerPick.cancel();
    expect(coaching.store.get().customerPick).toEqual({ path: null, picking: false });
    expect(await area.get(pickKey(ORIGIN))).toEqual({});
    end();
  });
});
