import { startCoaching } from '@/components/coach/start-coaching';
import { withFocusedEditorFallback } from '@/lib/hosts/focused-fallback';
import { helpScoutHost } from '@/lib/hosts/helpscout/host';
import { hostMatches } from '@/lib/hosts/matches';

export default defineContentScript({
  matches: hostMatches('helpscout'),
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, withFocusedEditorFallback(helpScoutHost)),
});
