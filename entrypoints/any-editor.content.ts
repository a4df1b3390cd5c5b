import { startCoaching } from '@/lib/coach/session';
import { anyEditorHost } from '@/lib/hosts/any-editor/host';
import { hostMatches } from '@/lib/hosts/matches';

const matches = hostMatches('any-editor');

export default defineContentScript({
  // Registered at run time for the sites the agent enables (lib/sites/registration.ts); declared
  // only where a build has pages of its own for it (the demo's editor fixtures).
  registration: matches.length > 0 ? 'manifest' : 'runtime',
  matches,
  runAt: 'document_idle',
  main: (ctx) => startCoaching(ctx, anyEditorHost),
});
