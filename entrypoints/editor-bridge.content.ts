import { BEFOREINPUT_REQUEST } from '@/lib/editors/page-bridge-protocol';

// Runs in the page's main world, where the events it creates are the page's own objects. It does one
// thing: turns Tactful's insertion request into the `beforeinput` event the editor listens to. It adds
// no globals, exposes no data, and never lets an error reach the page.
export default defineContentScript({
  matches: [
    'https://*.zendesk.com/agent/*',
    'https://mail.google.com/*',
    'http://localhost/zendesk/*',
    'http://127.0.0.1/zendesk/*',
    'http://localhost/gmail/*',
    'http://127.0.0.1/gmail/*',
    'http://localhost/editors/*',
    'http://127.0.0.1/editors/*',
  ],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    document.addEventListener(
      BEFOREINPUT_REQUEST,
      (request) => {
        try {
          const text = (request as CustomEvent<unknown>).detail;
          const editor = request.target;
          const selection = document.getSelection();
          if (typeof text !== 'string' || !(editor instanceof HTMLElement) || !selection || selection.rangeCount === 0) return;
          const range = selection.getRangeAt(0);
          if (!editor.contains(range.startContainer) || !editor.contains(range.endContainer)) return;
          const target = new StaticRange(range);
          const input = new InputEvent('beforeinput', { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true });
          Object.defineProperty(input, 'getTargetRanges', { value: () => [target] });
          editor.dispatchEvent(input);
          if (input.defaultPrevented) request.preventDefault();
        } catch {
          // Not handled: the content script sees the request was not cancelled and tells the agent.
        }
      },
      true,
    );
  },
});
