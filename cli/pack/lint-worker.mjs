// Starts a `pack lint` worker thread: like bin/tactful.mjs, it lets tsx compile the TypeScript.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)) });
await import('./lint-worker.ts');
