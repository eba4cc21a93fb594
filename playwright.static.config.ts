import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** The static copy (out/, from `npm run export`) served by nginx with deploy's headers: the journeys a reader takes there. */
const PORT = Number(process.env.STATIC_PORT ?? 3180);

export default defineConfig({
  ...base,
  testMatch: /static-copy\.spec\.ts$/,
  testIgnore: [],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `node .ci/static-deploy.mjs serve`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
