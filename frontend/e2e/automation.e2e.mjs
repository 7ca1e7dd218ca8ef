// Blocked → risk in the sandbox shell: the site's Jira administrator switches the rule on (0 days) in Keystone's
// admin page, flags a story of the demo program in the shell's issue view, and the risk the rule raises for it
// appears in that Keystone panel. Afterwards the flag comes off and the rule is switched off again.
// Run by AutomationBrowserTest (JUnit), which starts Keystone + the sandbox first and runs the blocked check
// every second while this script runs:
//   node e2e/automation.e2e.mjs <baseUrl> <screenshotDir> <chromium>
/* global document */
import { mkdirSync } from 'node:fs';

import { actAs, fail, launch } from './e2e-support.mjs';

const [baseUrl, shots, executablePath] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await launch(executablePath);
const SUMMARY = `Automation e2e: card vault certificate renewal ${Date.now()}`;

/** The site's admin, and a fresh PAY story (a project of the demo program) assigned to them, so the risk has an owner. */
async function setUp(page) {
  const site = await page.evaluate(async () => (await fetch('/sandbox/api/site')).json());
  const admin = site.users.find((u) => u.displayName === 'Priya Raman') ?? fail('no user Priya Raman on the demo site');
  const created = await page.evaluate(async ({ summary, actor }) => {
    const r = await fetch('/sandbox/api/issues', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ projectKey: 'PAY', typeId: '10001', summary, actor }) });
    return { status: r.status, body: await r.text() };
  }, { summary: SUMMARY, actor: admin.accountId });
  if (created.status !== 201) fail(`creating a PAY story answered ${created.status}: ${created.body}`);
  const story = JSON.parse(created.body);
  const assigned = await page.evaluate(async ({ key, actor }) => {
    const r = await fetch(`/sandbox/api/issues/${key}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ assignee: actor, actor }) });
    return { status: r.status, body: await r.text() };
  }, { key: story.key, actor: admin.accountId });
  if (assigned.status !== 200) fail(`assigning ${story.key} answered ${assigned.status}: ${assigned.body}`);
  console.log(`set-up: story ${story.key} (PAY) assigned to ${admin.displayName}`);
  return { admin, story };
}

/** The admin page's Blocked → risk card. */
async function ruleCard(page) {
  await page.goto(`${baseUrl}/sandbox/#/admin`);
  const admin = page.frameLocator('iframe[data-module="admin"]');
  const card = admin.getByTestId('automation-rule-blocked-risk');
  await card.waitFor({ timeout: 30000 });
  return card;
}

/** Sets the rule's Enabled switch (and, if given, its days) and saves, waiting for the PUT and the "Saved" status. */
async function saveRule(page, card, { enabled, days }) {
  const toggle = card.getByRole('switch', { name: 'Enabled' });
  if ((await toggle.getAttribute('aria-checked')) !== String(enabled)) await toggle.click();
  if (days !== undefined) await card.locator('#automation-blocked-risk-params-days').fill(String(days));
  const put = page.waitForResponse((r) => r.request().method() === 'PUT'
    && r.url().includes('/api/automation/rules/blocked-risk'), { timeout: 15000 });
  await card.getByRole('button', { name: 'Save' }).click();
  const response = await put;
  if (response.status() !== 200) fail(`PUT /api/automation/rules/blocked-risk answered ${response.status()}: ${await response.text()}`);
  const rule = await response.json();
  if (rule.enabled !== enabled || rule.dryRun !== false || (days !== undefined && rule.params.days !== days)) {
    fail(`the saved rule is not what was chosen: ${JSON.stringify(rule)}`);
  }
  await card.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 10000 });
  const state = enabled ? 'On' : 'Off';
  await card.getByText(state, { exact: true }).first().waitFor({ timeout: 5000 });
  return rule;
}

/** The admin switches Blocked → risk on, 0 days, no dry run. */
async function enableRule(page) {
  const card = await ruleCard(page);
  const rule = await saveRule(page, card, { enabled: true, days: 0 });
  await card.screenshot({ path: `${shots}/automation-rule-enabled.png` });
  console.log(`admin page: Blocked → risk on, days ${rule.params.days}, version ${rule.version}`);
}

/** Flags (or unflags) the story with the shell issue view's flag button, as a Jira user would. */
async function setFlag(page, story, on) {
  await page.goto(`${baseUrl}/sandbox/#/issue/${story.key}`);
  const button = page.getByTestId('field-flagged');
  await button.waitFor({ timeout: 20000 });
  const isOn = async () => (await button.innerText()).includes('remove flag');
  if ((await isOn()) !== on) await button.click();
  await page.waitForFunction(([want]) => {
    const text = document.querySelector('[data-testid="field-flagged"]')?.textContent ?? '';
    return text.includes('remove flag') === want;
  }, [on], { timeout: 10000 });
  console.log(`shell: ${story.key} ${on ? 'flagged' : 'unflagged'}`);
}

/** Reloads the story's issue panel until the rule's risk ("Blocked: KEY summary") is listed as its own risk. */
async function riskInPanel(page, story) {
  const title = `Blocked: ${story.key} ${SUMMARY}`;
  const deadline = Date.now() + 90000;
  for (;;) {
    await page.goto(`${baseUrl}/sandbox/#/issue/${story.key}`);
    const panel = page.frameLocator('iframe[data-module="issue-panel"]');
    await panel.getByTestId('issue-risks').waitFor({ timeout: 30000 });
    const item = panel.getByTestId('issue-risk').filter({ hasText: title });
    const found = await item.first().waitFor({ timeout: 5000 }).then(() => true, () => false);
    if (found) {
      if (await item.first().getByTestId('inherited').count() !== 0) fail(`the rule's risk shows as inherited on ${story.key}`);
      await panel.getByTestId('issue-risks').screenshot({ path: `${shots}/automation-risk-in-panel.png` });
      await page.screenshot({ path: `${shots}/automation-issue.png`, fullPage: true });
      console.log(`issue panel of ${story.key}: "${title}" (${await item.first().getAttribute('data-risk-id')})`);
      return;
    }
    if (Date.now() > deadline) {
      await page.screenshot({ path: `${shots}/automation-risk-missing.png`, fullPage: true });
      fail(`no risk "${title}" in the issue panel of ${story.key}: ${await panel.getByTestId('issue-risks').innerText()}`);
    }
    await page.waitForTimeout(1500);
  }
}

let page;
let world;
let enabled = false;
try {
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${baseUrl}/sandbox/#/`);
  await page.getByTestId('user-switch--trigger').waitFor({ timeout: 20000 });
  world = await setUp(page);
  await actAs(page, world.admin);
  await enableRule(page);
  enabled = true;
  await setFlag(page, world.story, true);
  await riskInPanel(page, world.story);
  console.log('automation e2e: ok');
} finally {
  // Leave the demo site as it was: the flag off, the rule off (the risk stays, marked for review if the check
  // saw the unflag before the rule went off). A failure here fails the script but does not hide an earlier one.
  try {
    if (page !== undefined && world !== undefined) await setFlag(page, world.story, false);
    if (page !== undefined && enabled) {
      await page.waitForTimeout(3000); // one more check while on: the rule marks its risk for review
      const card = await ruleCard(page);
      await saveRule(page, card, { enabled: false, days: 3 });
      await card.screenshot({ path: `${shots}/automation-rule-off.png` });
      console.log('restored: flag off, Blocked → risk off (days 3)');
    }
  } catch (e) {
    console.error('restoring the demo site failed:', e);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
