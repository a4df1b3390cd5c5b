// Whether this is a development or e2e build (`npm run dev`, `npm start`, the end-to-end tests and
// the bench, all on the local demo help desk) rather than the store build (`npm run build`,
// `npm run zip`). Vite writes the mode in as a literal, so whatever only these builds need (the
// demo's pages, test hooks) is left out of the store build's bundles and manifest.
export const DEVELOPMENT_BUILD: boolean = import.meta.env.MODE !== 'production';

/** Whether this is the end-to-end tests' build (`npm run build:e2e`), which alone carries their hooks. */
export const E2E_BUILD: boolean = import.meta.env.MODE === 'e2e';
