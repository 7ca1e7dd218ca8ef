// Drives the sandbox shell in Debian's headless Chromium: Keystone's views must load inside Jira-like
// iframes, show the demo site, and follow the shell's dark mode. Run by BrowserShellTest (JUnit), which
// starts Keystone + the sandbox first: node e2e/sandbox-shell.e2e.mjs <baseUrl> <screenshotDir> <chromium>
/* global document */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [baseUrl, shots, executablePath] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const fail = (message) => { throw new Error(message); };

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));

  await page.goto(`${baseUrl}/sandbox/#/issue/PAY-3`);
  const panel = page.frameLocator('iframe[data-module="issue-panel"]');
  await panel.getByText('Connected to').waitFor({ timeout: 20000 });
  const panelText = await panel.locator('body').innerText();
  if (!panelText.includes('PAY-3')) fail(`issue panel does not show its issue: ${panelText}`);
  await page.screenshot({ path: `${shots}/issue-panel-light.png` });

  await page.getByTestId('theme-toggle').click();
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-module="issue-panel"]');
    return f && f.contentDocument && f.contentDocument.documentElement.getAttribute('data-color-mode') === 'dark';
  }, null, { timeout: 10000 });
  await page.screenshot({ path: `${shots}/issue-panel-dark.png` });

  await page.goto(`${baseUrl}/sandbox/#/project/WEB/program`);
  const program = page.frameLocator('iframe[data-module="program-page"]');
  await program.getByText('Connected to').waitFor({ timeout: 20000 });
  const programText = await program.locator('body').innerText();
  if (!programText.includes('WEB')) fail(`program page does not show its project: ${programText}`);
  await page.screenshot({ path: `${shots}/program-page-dark.png` });
  console.log('sandbox shell e2e: ok');
} finally {
  await browser.close();
}
