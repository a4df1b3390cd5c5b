import { startCoaching } from '@/components/coach/start-coaching';
import { withFocusedEditorFallback } from '@/lib/hosts/focused-fallback';
import { intercomHost } from '@/lib/hosts/intercom/host';
import { hostMatches } from '@/lib/hosts/matches';

export default defineContentScript({
  matches: hostMatches('intercom'),
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, withFocusedEditorFallback(intercomHost)),
});
