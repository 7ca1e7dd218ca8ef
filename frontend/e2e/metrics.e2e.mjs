// Program metrics in a real browser: on the Program page (inside the sandbox shell) a TPM adds a JQL metric, an issue
// matching it appears in the sandbox site, "Sample now" counts again and the card's value and trend move.
// Run by MetricsBrowserTest (JUnit), which starts Keystone + the sandbox first:
//   node e2e/metrics.e2e.mjs <baseUrl> <screenshotDir> <chromium>
import { mkdirSync } from 'node:fs';

import { fail, launch } from './e2e-support.mjs';

const [baseUrl, shots, executablePath] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await launch(executablePath);
const label = `e2e-metric-${Date.now().toString(36)}`;
const name = `Open ${label}`;
const jql = `project = WEB AND labels = ${label} AND statusCategory != Done`;

/** A WEB story with this run's label, made through the shell's editing API (it sends Jira's webhooks). */
async function createMatchingIssue(page) {
  return page.evaluate(async (wanted) => {
    const types = await (await fetch('/sandbox/api/issue-types')).json();
    const site = await (await fetch('/sandbox/api/site')).json();
    const story = types.find((t) => t.name === 'Story');
    const actor = site.users[0].accountId;
    const made = await fetch('/sandbox/api/issues', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ projectKey: 'WEB', typeId: story.id, summary: 'Security finding from e2e', actor }) });
    if (made.status !== 201) return { status: made.status, text: await made.text() };
    const { key } = await made.json();
    const labelled = await fetch(`/sandbox/api/issues/${key}`, { method: 'PATCH',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ actor, labels: [wanted] }) });
    return { status: labelled.status, key };
  }, label);
}

let issueKey = null;
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
try {
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${baseUrl}/sandbox/#/project/WEB/program`);
  const program = page.frameLocator('iframe[data-module="program-page"]');
  await program.getByText('Connected to').waitFor({ timeout: 20000 });
  await program.getByText('Checkout 2.0 launch').first().waitFor({ timeout: 30000 });

  // add the metric through the dialog
  await program.getByRole('button', { name: 'Add metric' }).click();
  const dialog = program.getByRole('dialog', { name: 'Add a metric' });
  await dialog.waitFor({ timeout: 15000 });
  await dialog.getByRole('button', { name: 'Save metric' }).click();
  await dialog.getByText('Give the metric a name.').waitFor({ timeout: 5000 });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Unit (optional)').fill('findings');
  await dialog.getByLabel('JQL', { exact: true }).fill(jql);
  await dialog.getByRole('button', { name: 'Save metric' }).click();

  const card = program.locator('[data-testid^="metric-card-"]', { hasText: name });
  await card.waitFor({ timeout: 20000 });
  const current = card.getByTestId('metric-current');
  const read = async () => (await current.innerText()).trim();
  const points = async () => Number(await card.getByTestId('metric-sparkline').getAttribute('data-points'));
  await program.getByTestId('metric-detail').waitFor({ timeout: 10000 });
  if (await read() !== '0 findings') fail(`a new metric over no matching issue shows ${await read()}`);
  const before = await points();
  await page.screenshot({ path: `${shots}/metrics-added.png`, fullPage: true });

  // the site changes: an issue now matches the JQL
  const made = await createMatchingIssue(page);
  if (made.status !== 200) fail(`creating a matching issue in the sandbox answered ${made.status}: ${made.text}`);
  issueKey = made.key;

  // sample on demand: the count and the trend move
  await program.getByTestId('metric-run').click();
  const deadline = Date.now() + 20000;
  while (Date.now() < deadline && await read() !== '1 findings') {
    await page.waitForTimeout(250);
  }
  if (await read() !== '1 findings') fail(`after sampling the metric shows ${await read()}, not 1 findings`);
  const after = await points();
  if (after !== before + 1) fail(`the trend went from ${before} to ${after} points`);
  await program.getByTestId('metric-chart').waitFor({ timeout: 10000 });
  const dots = await program.getByTestId('metric-chart').locator('[data-series="values"] circle').count();
  if (dots < 2) fail(`the detail chart shows ${dots} values`);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/metrics-trend.png`, fullPage: true });
  console.log(`metrics: ${issueKey} labelled ${label}; '${name}' 0 -> 1, trend ${before} -> ${after} points`);

  // leave the demo program as it was
  await program.getByTestId('metric-detail').getByRole('button', { name: 'Delete' }).click();
  await card.waitFor({ state: 'detached', timeout: 15000 });
  console.log('metrics e2e: ok');
} finally {
  if (issueKey !== null) {
    await page.evaluate(async (key) => fetch(`/sandbox/api/issues/${key}`, { method: 'DELETE' }), issueKey)
      .catch(() => undefined);
  }
  await browser.close();
}
