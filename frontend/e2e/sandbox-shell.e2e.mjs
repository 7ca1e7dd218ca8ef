// Drives the sandbox shell in Debian's headless Chromium: Keystone's views must load inside Jira-like
// iframes, show the demo site, follow the shell's dark mode, and an edit made in the shell must show.
// Run by BrowserShellTest (JUnit), which starts Keystone + the sandbox first:
//   node e2e/sandbox-shell.e2e.mjs <baseUrl> <screenshotDir> <chromium>
/* global document */
import { mkdirSync } from 'node:fs';

import { fail, launch } from './e2e-support.mjs';

const [baseUrl, shots, executablePath] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await launch(executablePath);

/** Changes PAY-3's due date in the details column and checks the shell shows what the sandbox saved. */
async function editIssue(page) {
  const field = page.getByTestId('field-dueDate');
  await field.waitFor({ timeout: 10000 });
  const before = await field.inputValue();
  const wanted = before === '2031-05-17' ? '2031-05-18' : '2031-05-17';
  const patched = page.waitForResponse((r) => r.request().method() === 'PATCH'
    && r.url().includes('/sandbox/api/issues/PAY-3'), { timeout: 10000 });
  await field.fill(wanted);
  await field.press('Enter');
  const response = await patched;
  if (!response.ok()) fail(`PATCH /sandbox/api/issues/PAY-3 answered ${response.status()}: ${await response.text()}`);
  const body = await response.json();
  if (body.dueDate !== wanted) fail(`the sandbox saved dueDate ${body.dueDate}, not ${wanted}`);
  await page.waitForFunction((v) => document.querySelector('[data-testid="field-dueDate"]')?.value === v, wanted,
    { timeout: 10000 });
  await page.getByTestId('issue-updated').waitFor({ timeout: 10000 });
  // A fresh load reads the issue back from the sandbox: the change is stored, not just shown.
  await page.reload();
  await page.waitForFunction((v) => document.querySelector('[data-testid="field-dueDate"]')?.value === v, wanted,
    { timeout: 15000 });
  // The sandbox sent Jira's webhook, Keystone mirrored it, and the issue panel shows the new date.
  const panel = page.frameLocator('iframe[data-module="issue-panel"]');
  await panel.getByText(wanted).waitFor({ timeout: 20000 });
  await page.screenshot({ path: `${shots}/shell-edit.png` });
  console.log(`edit step: PAY-3 due date ${before || '(none)'} -> ${wanted}, shown after reload and in the panel`);
}

/** The user switcher sets the cookie the sandbox REST filter reads as the user's Jira session. */
async function switchUser(page) {
  await page.getByTestId('user-switch--trigger').click();
  const items = page.locator('[data-testid^="user-"][role="menuitemcheckbox"], [data-testid^="user-"][role="menuitem"]');
  await items.first().waitFor({ timeout: 10000 }); // the menu renders after the click
  const count = await items.count();
  if (count < 2) fail(`user switcher lists ${count} users`);
  const id = (await items.nth(1).getAttribute('data-testid')).slice('user-'.length);
  await items.nth(1).click();
  await page.waitForFunction((v) => document.cookie.includes(`sandbox.user=${encodeURIComponent(v)}`), id,
    { timeout: 5000 });
}

/** The demo program's rollup is shown, and a WEB issue finished in the site moves its "Done" figure. */
async function programFollowsTheSite(page, program) {
  await program.getByText('Checkout 2.0 launch').first().waitFor({ timeout: 30000 });
  const doneTile = program.getByRole('group', { name: 'Done', exact: true });
  await doneTile.waitFor({ timeout: 30000 });
  const readDone = async () => Number((await doneTile.locator('dd').innerText()).replace(/[^0-9]/g, ''));
  const before = await readDone();
  const finished = await page.evaluate(async () => {
    const site = await (await fetch('/sandbox/api/site')).json();
    const open = site.issues.find((i) => i.projectKey === 'WEB' && i.statusCategory !== 'done');
    const statuses = await (await fetch('/sandbox/api/statuses')).json();
    const done = statuses.find((s) => s.category === 'done');
    const actor = site.users[0].accountId;
    const r = await fetch(`/sandbox/api/issues/${open.key}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ actor, statusId: done.id }) });
    return { key: open.key, status: r.status };
  });
  if (finished.status !== 200) fail(`finishing ${finished.key} in the sandbox answered ${finished.status}`);
  // webhook -> mirror -> rollup writer -> the page's 5 s poll
  const deadline = Date.now() + 30000;
  let after = before;
  while (Date.now() < deadline && after <= before) {
    await page.waitForTimeout(500);
    after = await readDone();
  }
  if (after !== before + 1) fail(`the program's Done figure went from ${before} to ${after} after ${finished.key} was finished`);
  console.log(`program page: ${finished.key} finished in the sandbox, Done ${before} -> ${after}`);
}

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));

  await page.goto(`${baseUrl}/sandbox/#/issue/PAY-3`);
  const panel = page.frameLocator('iframe[data-module="issue-panel"]');
  await panel.getByText('Connected to').waitFor({ timeout: 20000 });
  const panelText = await panel.locator('body').innerText();
  if (!panelText.includes('PAY-3')) fail(`issue panel does not show its issue: ${panelText}`);
  // Keystone's mirror of PAY-3, filled by backfill after the sandbox installed it
  await panel.getByTestId('mirror-status').waitFor({ timeout: 30000 });
  await page.getByTestId('issue-summary').waitFor();
  await page.screenshot({ path: `${shots}/issue-panel-light.png` });

  await editIssue(page);
  await switchUser(page);

  await page.getByTestId('theme-toggle').click();
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-module="issue-panel"]');
    // the frame may be between two documents (the user switch reloads it)
    return f?.contentDocument?.documentElement?.getAttribute('data-color-mode') === 'dark';
  }, null, { timeout: 10000 });
  await panel.getByText('Connected to').waitFor({ timeout: 20000 });
  await page.screenshot({ path: `${shots}/issue-panel-dark.png` });

  await page.goto(`${baseUrl}/sandbox/#/project/WEB/program`);
  const program = page.frameLocator('iframe[data-module="program-page"]');
  await program.getByText('Connected to').waitFor({ timeout: 20000 });
  await programFollowsTheSite(page, program);
  const programText = await program.locator('body').innerText();
  if (!programText.includes('WEB')) fail(`program page does not show its project: ${programText}`);
  await page.screenshot({ path: `${shots}/program-page-dark.png`, fullPage: true });

  await page.goto(`${baseUrl}/sandbox/#/sandbox`);
  await page.getByTestId('sandbox-page').waitFor({ timeout: 10000 });
  await page.waitForTimeout(1500); // let the first webhook-log and notification polls answer
  await page.screenshot({ path: `${shots}/sandbox-page.png`, fullPage: true });
  console.log('sandbox shell e2e: ok');
} finally {
  await browser.close();
}
