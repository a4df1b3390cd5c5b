import { startCoaching } from '@/lib/coach/session';
import { gmailHost } from './host';

export default defineContentScript({
  // Gmail (mailbox, compose windows and the pop-out window, which Gmail opens under mail.google.com
  // too), and the local demo pages that mirror it (npm start, e2e tests; the pop-out is /gmail/popout.html).
  matches: ['https://mail.google.com/*', 'http://localhost/gmail/*', 'http://127.0.0.1/gmail/*'],
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, gmailHost),
});
