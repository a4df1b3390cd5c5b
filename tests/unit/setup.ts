// Component tests wait for what the page shows (findBy…, waitFor). Testing Library gives up after
// one second by default; on a busy two-core machine a render can take longer than that without
// anything being wrong, so waits end when the state arrives or after ten seconds.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 10_000 });
