// The risk register in the sandbox shell: create a risk from an issue panel, find it in the register and in its
// heat-map cell, change its residual score and see the history, the score trend and the register trend follow.
// Run by RiskBrowserTest (JUnit), which starts Keystone + the sandbox first:
//   node e2e/risk.e2e.mjs <baseUrl> <screenshotDir> <chromium>
/* global document */
import { mkdirSync, readFileSync } from 'node:fs';

import { fail, launch } from './e2e-support.mjs';

const [baseUrl, shots, executablePath] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await launch(executablePath);
const title = `E2E vendor SDK end of life ${Date.now()}`;
const ISSUE = 'PAY-3';

/** Waits until `read()` satisfies `ok`, polling; fails with the last value seen. */
async function until(page, what, read, ok, timeout = 20000) {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await page.waitForTimeout(300);
    value = await read();
  }
  if (!ok(value)) fail(`${what}: last saw ${JSON.stringify(value)}`);
  return value;
}

/** Creates the risk (P4 x I4 = 16) from the issue panel's "Create risk" form. */
async function createFromIssuePanel(page) {
  await page.goto(`${baseUrl}/sandbox/#/issue/${ISSUE}`);
  const panel = page.frameLocator('iframe[data-module="issue-panel"]');
  await panel.getByTestId('mirror-status').waitFor({ timeout: 30000 });
  await panel.getByTestId('issue-risk-create').click({ timeout: 30000 });
  await panel.getByTestId('risk-title').fill(title);
  await panel.getByTestId('risk-probability').fill('4');
  await panel.getByTestId('risk-impact').fill('4');
  const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/risks'),
    { timeout: 15000 });
  await panel.getByTestId('risk-save').click();
  const response = await created;
  if (response.status() !== 201) fail(`POST /api/risks answered ${response.status()}: ${await response.text()}`);
  const risk = await response.json();
  if (risk.score !== 16 || !risk.issues.some((i) => i.key === ISSUE)) {
    fail(`the created risk is not P4xI4 on ${ISSUE}: ${JSON.stringify(risk)}`);
  }
  // The panel lists it as the issue's own risk (no "inherited" marker).
  const item = panel.locator(`[data-testid="issue-risk"][data-risk-id="${risk.id}"]`);
  await item.waitFor({ timeout: 15000 });
  if ((await item.innerText()).includes('inherited')) fail('a risk linked to the issue itself is shown as inherited');
  await panel.getByTestId('issue-risks').screenshot({ path: `${shots}/risk-issue-panel.png` });
  console.log(`issue panel: created "${title}" (${risk.id}) on ${ISSUE}, level ${risk.level}`);
  return risk;
}

const lastExposure = (frame) => frame.getByTestId('risk-trend-chart').getAttribute('data-last-exposure');

/** The register lists it; its heat-map cell counts it, and clicking the cell narrows the table to that cell. */
async function findInRegister(page) {
  await page.goto(`${baseUrl}/sandbox/#/apps/risk-register`);
  const register = page.frameLocator('iframe[data-module="risk-register"]');
  await register.getByRole('button', { name: title }).first().waitFor({ timeout: 30000 });
  const cell = register.getByTestId('heat-cell-4-4');
  const count = Number(await cell.getAttribute('data-count'));
  if (!(count >= 1)) fail(`heat-map cell P4 x I4 counts ${count} risks`);
  const exposureBefore = Number(await lastExposure(register));
  await cell.click();
  await register.getByTestId('cell-filter').waitFor({ timeout: 10000 });
  if ((await cell.getAttribute('aria-pressed')) !== 'true') fail('the clicked heat-map cell is not marked as chosen');
  // Every row now is a P4 x I4 risk, ours among them (the table reloads after the click).
  const rowTexts = () => register.getByTestId('risk-table--table').locator('tbody tr').allInnerTexts();
  const rows = await until(page, `the P4 x I4 cell filter lists "${title}" and only P4 x I4 risks`, rowTexts,
    (texts) => texts.some((row) => row.includes(title)) && texts.every((row) => row.includes('4×4 = 16')), 15000);
  await page.screenshot({ path: `${shots}/risk-register-cell.png`, fullPage: true });
  console.log(`register: "${title}" listed, cell P4xI4 counts ${count}, filter shows ${rows.length} row(s)`);
  return { register, exposureBefore };
}

/** Residual 2 x 3 = 6: the detail's scores, history and score trend follow, and so does the register trend. */
async function changeResidual(page, register, exposureBefore) {
  await register.getByRole('button', { name: title }).first().click();
  const detail = register.getByTestId('risk-detail');
  await detail.waitFor({ timeout: 15000 });
  const trend = register.getByTestId('risk-score-trend');
  const pointsBefore = Number(await trend.getAttribute('data-points'));
  await register.getByTestId('risk-residualProbability').fill('2');
  await register.getByTestId('risk-residualImpact').fill('3');
  const patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/risks/'),
    { timeout: 15000 });
  await register.getByTestId('risk-save').click();
  const response = await patched;
  if (response.status() !== 200) fail(`PATCH answered ${response.status()}: ${await response.text()}`);
  await until(page, 'residual score shown', () => register.getByTestId('risk-residual').innerText(),
    (text) => text.includes('6'));
  await until(page, 'score trend points', async () => Number(await trend.getAttribute('data-points')),
    (points) => points === pointsBefore + 1);
  const last = await trend.getAttribute('data-last-exposure');
  if (last !== '6') fail(`the score trend ends at exposure ${last}, not 6`);
  const history = register.getByTestId('risk-history');
  await history.locator('li[data-field="residualProbability"]').first().waitFor({ timeout: 10000 });
  const historyText = await history.innerText();
  if (!historyText.includes('residual impact') || !historyText.includes('3')) {
    fail(`the history does not show the residual impact change: ${historyText}`);
  }
  if (!historyText.includes(`(none) → ${ISSUE}`)) fail(`the history does not name the linked issue by key: ${historyText}`);
  // The scores and the score trend at the top of the detail (the history is checked as text above).
  await register.getByRole('heading', { name: title }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/risk-detail-residual.png` });
  console.log(`detail: residual 2x3 saved, score trend ${pointsBefore} -> ${pointsBefore + 1} points, history updated`);

  // Back in the register: the residual heat map counts it at P2 x I3 and today's open exposure fell by 16 - 6.
  await register.getByRole('button', { name: 'Back to the register' }).click();
  await register.getByTestId('heat-map-residual').click();
  const residualCount = Number(await register.getByTestId('heat-cell-2-3').getAttribute('data-count'));
  if (!(residualCount >= 1)) fail(`residual heat-map cell P2 x I3 counts ${residualCount}`);
  const exposureAfter = await until(page, 'register trend after the change', async () => Number(await lastExposure(register)),
    (value) => value === exposureBefore - 10);
  await page.screenshot({ path: `${shots}/risk-register-after.png`, fullPage: true });
  console.log(`register trend: today's open exposure ${exposureBefore} -> ${exposureAfter}`);
}

/** The filtered register exports as CSV with our risk in it, and that file passes an import dry run unchanged. */
async function exportAndDryRun(page, register) {
  const downloading = page.waitForEvent('download', { timeout: 15000 });
  await register.getByTestId('export-csv').click();
  const download = await downloading;
  const file = await download.path();
  const csv = readFileSync(file, 'utf8');
  if (!csv.startsWith('id,title,') || !csv.includes(title)) fail(`the CSV export lacks the header or "${title}": ${csv.slice(0, 300)}`);
  await register.getByTestId('import-risks').click();
  await register.getByTestId('import-file').setInputFiles({ name: 'risks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const summary = await until(page, 'the dry run summary', () => register.getByTestId('import-summary').innerText().catch(() => ''),
    (text) => /\d+ rows?:/.test(text), 20000);
  const [, rows, unchanged] = /(\d+) rows?:.*?(\d+) unchanged/.exec(summary) ?? [];
  if (rows === undefined || rows !== unchanged) fail(`an unedited export should import as all unchanged: ${summary}`);
  if (await register.getByTestId('import-errors--table').count() > 0) fail('the dry run of an unedited export reports row errors');
  await register.getByRole('button', { name: 'Cancel' }).click();
  console.log(`export/import: CSV of ${csv.trim().split('\n').length - 1} row(s) downloaded; dry run: ${summary}`);
}

/** The register follows the shell's dark mode. */
async function darkMode(page) {
  await page.getByTestId('theme-toggle').click();
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-module="risk-register"]');
    return f?.contentDocument?.documentElement?.getAttribute('data-color-mode') === 'dark';
  }, null, { timeout: 10000 });
  const register = page.frameLocator('iframe[data-module="risk-register"]');
  await register.getByTestId('risk-heat-map').waitFor({ timeout: 20000 });
  await register.getByTestId('risk-table--table').getByRole('button', { name: title }).waitFor({ timeout: 20000 });
  await page.waitForTimeout(500); // the dark token CSS loads after the attribute flips
  await page.locator('iframe[data-module="risk-register"]').screenshot({ path: `${shots}/risk-register-dark.png` });
}

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await createFromIssuePanel(page);
  const { register, exposureBefore } = await findInRegister(page);
  await changeResidual(page, register, exposureBefore);
  await exportAndDryRun(page, register);
  await darkMode(page);
  console.log('risk e2e: ok');
} finally {
  await browser.close();
}
