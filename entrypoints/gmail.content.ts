import { startCoaching } from '@/components/coach/start-coaching';
import { gmailHost } from '@/lib/hosts/gmail/host';
import { withFocusedEditorFallback } from '@/lib/hosts/focused-fallback';
import { hostMatches } from '@/lib/hosts/matches';

export default defineContentScript({
  matches: hostMatches('gmail'),
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, withFocusedEditorFallback(gmailHost)),
});
