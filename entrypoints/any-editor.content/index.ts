import { startCoaching } from '@/lib/coach/session';
import { anyEditorHost } from './host';

export default defineContentScript({
  // The local editor fixtures (e2e tests, `npm run demo`). Sites the agent enables from the popup
  // get this same script registered at run time, for the origins they granted.
  matches: ['http://localhost/editors/*', 'http://127.0.0.1/editors/*'],
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, anyEditorHost),
});
