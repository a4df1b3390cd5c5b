import { startCoaching } from '@/lib/coach/session';
import { gmailHost } from '@/lib/hosts/gmail/host';
import { hostMatches } from '@/lib/hosts/matches';

export default defineContentScript({
  matches: hostMatches('gmail'),
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, gmailHost),
});
