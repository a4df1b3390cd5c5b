import { startCoaching } from '@/lib/coach/session';
import { zendeskHost } from './host';

export default defineContentScript({
  // Zendesk's agent workspace, and the local demo help desk that mirrors it (npm start, e2e tests).
  matches: ['https://*.zendesk.com/agent/*', 'http://localhost/zendesk/*', 'http://127.0.0.1/zendesk/*'],
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, zendeskHost),
});
