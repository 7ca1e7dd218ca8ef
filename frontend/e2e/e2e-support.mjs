// What every browser script shares: Debian's Chromium started headless the same way, a failure helper, and the
// sandbox shell's user switcher.
/* global document */
import { chromium } from 'playwright-core';

export const fail = (message) => { throw new Error(message); };

/** Chromium without the background traffic and first-run work that would slow a test or reach the network. */
export function launch(executablePath) {
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Acts as `user` from now on: the shell's user switcher sets the cookie the sandbox reads as the Jira session. */
export async function actAs(page, user) {
  await page.getByTestId('user-switch--trigger').click();
  const item = page.getByTestId(`user-${user.accountId}`);
  await item.waitFor({ timeout: 10000 });
  await item.click();
  await page.waitForFunction((v) => document.cookie.includes(`sandbox.user=${encodeURIComponent(v)}`),
    user.accountId, { timeout: 5000 });
  console.log(`acting as ${user.displayName}`);
}
