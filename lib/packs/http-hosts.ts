// Which hosts the extension fetches packs from over plain http: none in the store build. The
// end-to-end tests serve packs from a local server without a certificate the browser trusts, so
// their build alone allows the loopback host. (Apart from fetch-pack.ts so that Node tools, the
// bench and the CLI, can use it without Vite's build mode.)

import { E2E_BUILD } from '@/lib/development-build';

export const HTTP_PACK_HOSTS: readonly string[] = E2E_BUILD ? ['127.0.0.1'] : [];
