// Stops what globalSetup.ts started.
import type { BrowserServer } from 'playwright-core';

interface Started {
  browser?: BrowserServer;
  dist: { close(): Promise<void> };
}

export default async function globalTeardown() {
  const started = (globalThis as { sharedBrowser?: Started }).sharedBrowser;
  await started?.browser?.close();
  await started?.dist.close();
}
