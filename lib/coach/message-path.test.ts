// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { messagePath, pickedElement, readPickedMessage } from './message-path';

afterEach(() => {
  document.body.innerHTML = '';
});

const conversation = (messages: Array<{ who: 'customer' | 'agent'; text: string }>) => `
  <div class="thread" role="log">
    ${messages
      .map(
        ({ who, text }, index) => `
      <div class="msg msg-${who} sc-x81ab-${index}" id="m${index}">
        <div class="body"><p>${text}</p></div>
      </div>`,
      )
      .join('')}
  </div>`;

describe('message paths', () => {
  it("remembers the picked customer message by its marks, and reads the latest customer's after a re-render", () => {
    document.body.innerHTML = conversation([
      { who: 'customer', text: 'First question.' },
      { who: 'agent', text: 'An answer.' },
      { who: 'customer', text: 'Still broken!' },
    ]);
    const picked = pickedElement(document.querySelector('#m0 p')!);
    expect(picked).toBe(document.querySelector('#m0 .body'));
    const path = messagePath(picked);
    expect(path).toBe('div.thread[role="log"] div.msg.msg-customer div.body');

    // The page renders the conversation again, with a new message and new generated names.
    document.body.innerHTML = conversation([
      { who: 'customer', text: 'First question.' },
      { who: 'agent', text: 'An answer.' },
      { who: 'customer', text: 'Still broken!' },
      { who: 'agent', text: 'Looking.' },
      { who: 'customer', text: 'Any news?' },
    ]);
    expect(readPickedMessage(document, path)).toEqual({ text: 'Any news?', authorName: null });
  });

  it('reads nothing from a path that finds nothing or is not a selector', () => {
    document.body.innerHTML = conversation([{ who: 'agent', text: 'Hello' }]);
    expect(readPickedMessage(document, 'div.msg-customer div.body')).toBeNull();
    expect(readPickedMessage(document, 'div[')).toBeNull();
    expect(readPickedMessage(document, null)).toBeNull();
  });
});
