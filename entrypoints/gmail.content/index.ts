import { startCoaching } from '@/lib/coach/session';
import { gmailHost } from './host';

export default defineContentScript({
  // Gmail, and the local demo help desk page that mirrors it (npm start, e2e tests).
  matches: ['https://mail.google.com/*', 'http://localhost/gmail/*', 'http://127.0.0.1/gmail/*'],
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, gmailHost),
});
