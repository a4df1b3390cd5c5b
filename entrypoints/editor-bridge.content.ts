import { answerInputRequests } from '@/lib/editors/page-bridge';
import { bridgeMatches } from '@/lib/hosts/matches';

// Runs in the page's main world, where the events it creates are the page's own objects. It does one
// thing: turns Tactful's insertion requests into the input events the editors listen to
// (lib/editors/page-bridge.ts). It adds no globals, exposes no data, and never lets an error reach
// the page.
export default defineContentScript({
  matches: bridgeMatches(),
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    answerInputRequests(document);
  },
});
