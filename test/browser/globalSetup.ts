// One Chromium and one server of dist/ for the whole jest run (the slow project): every browser
// test file connects to them (harness.ts) instead of starting its own, and each test still gets
// a fresh browser context.
import { chromium } from 'playwright-core';
import { CHROMIUM, serveDist, SHARED } from './harness';

export default async function globalSetup() {
  const dist = await serveDist();
  // Where Chromium cannot start, the slow files that need no browser still run; each browser test
  // fails saying why.
  const browser = await chromium.launchServer(CHROMIUM).catch((error: Error) => {
    process.env[SHARED.browserFailed] = error.message;
    return undefined;
  });
  // Set before jest starts its workers, which inherit the environment.
  if (browser) process.env[SHARED.browser] = browser.wsEndpoint();
  process.env[SHARED.origin] = dist.origin;
  // globalTeardown.ts runs in this same process and stops both.
  Object.assign(globalThis, { sharedBrowser: { browser, dist } });
}
