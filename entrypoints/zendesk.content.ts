import { startCoaching } from '@/lib/coach/session';
import { hostMatches } from '@/lib/hosts/matches';
import { zendeskHost } from '@/lib/hosts/zendesk/host';

export default defineContentScript({
  matches: hostMatches('zendesk'),
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, zendeskHost),
});
