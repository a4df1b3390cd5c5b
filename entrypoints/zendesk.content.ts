import { startCoaching } from '@/components/coach/start-coaching';
import { withFocusedEditorFallback } from '@/lib/hosts/focused-fallback';
import { hostMatches } from '@/lib/hosts/matches';
import { zendeskHost } from '@/lib/hosts/zendesk/host';

export default defineContentScript({
  matches: hostMatches('zendesk'),
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, withFocusedEditorFallback(zendeskHost)),
});
