import { answerInputRequests } from '@/lib/editors/page-bridge';

// Runs in the page's main world, where the events it creates are the page's own objects. It does one
// thing: turns Tactful's insertion requests into the input events the editors listen to
// (lib/editors/page-bridge.ts). It adds no globals, exposes no data, and never lets an error reach
// the page.
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
    answerInputRequests(document);
  },
});
