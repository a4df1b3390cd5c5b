import { startCoaching } from '@/components/coach/start-coaching';
import { withFocusedEditorFallback } from '@/lib/hosts/focused-fallback';
import { jsmHost } from '@/lib/hosts/jsm/host';
import { hostMatches } from '@/lib/hosts/matches';

export default defineContentScript({
  matches: hostMatches('jsm'),
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, withFocusedEditorFallback(jsmHost)),
});
