// Drives the stakeholder RACI through the sandbox shell in Debian's headless Chromium: a TPM makes someone
// Accountable on an epic from the issue panel (user picker searching Jira through AP.request), a story in another
// project under that epic shows the Accountable as inherited, the program's matrix on the project page shows both,
// and the Accountable finds both in "My responsibilities".
// Run by RaciBrowserTest (JUnit), which starts Keystone + the sandbox first:
//   node e2e/raci.e2e.mjs <baseUrl> <screenshotDir> <chromium>
/* global document */
import { mkdirSync, readFileSync } from 'node:fs';

import { actAs, fail, launch } from './e2e-support.mjs';

const [baseUrl, shots, executablePath] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const browser = await launch(executablePath);

/** The demo site's people and the epic and project the story is created under / in. */
async function setUp(page) {
  const site = await page.evaluate(async () => (await fetch('/sandbox/api/site')).json());
  const user = (name) => site.users.find((u) => u.displayName === name) ?? fail(`no user ${name} on the demo site`);
  const epic = site.issues.find((i) => i.type === 'Epic' && i.projectKey === 'PLAT')
    ?? fail('the demo site has no PLAT epic');
  const tpm = user('Priya Raman');
  // A story in WEB under the PLAT epic: RACI inherits across projects.
  const created = await page.evaluate(async ({ parentKey, actor }) => {
    const r = await fetch('/sandbox/api/issues', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ projectKey: 'WEB', typeId: '10001', summary: 'RACI e2e: checkout copy review',
        parentKey, actor }) });
    return { status: r.status, body: await r.text() };
  }, { parentKey: epic.key, actor: tpm.accountId });
  if (created.status !== 201) fail(`creating a WEB story under ${epic.key} answered ${created.status}: ${created.body}`);
  const story = JSON.parse(created.body);
  console.log(`set-up: story ${story.key} (WEB) under epic ${epic.key} (PLAT)`);
  return { tpm, accountable: user('Kwame Mensah'), responsible: user('Hannah Becker'), epic, story };
}

/** A person's visible name in a RACI role (the avatar also carries it, hidden). */
const personIn = (role, person) => role.getByTestId('raci-person-name').filter({ hasText: person.displayName }).first();

/** Types into an Atlaskit user picker in the panel and chooses the person Jira found. */
async function pick(panel, role, person) {
  const input = panel.locator(`#raci-picker-${role}`);
  await input.click();
  await input.fill(person.displayName.split(' ')[0]);
  const option = panel.getByRole('option', { name: new RegExp(person.displayName) });
  await option.waitFor({ timeout: 10000 }); // the search goes through AP.request to the site's user/search
  await option.click();
}

/** Saves the editor; answers the rule violation text when the server refused, or null when saved. */
async function save(panel) {
  await panel.getByTestId('raci-save').click();
  const outcome = await Promise.race([
    panel.getByTestId('raci-violations').waitFor({ timeout: 15000 }).then(() => 'refused'),
    panel.getByTestId('raci-editor').waitFor({ state: 'detached', timeout: 15000 }).then(() => 'saved'),
  ]);
  return outcome === 'refused' ? panel.getByTestId('raci-violations').innerText() : null;
}

/** The TPM makes Kwame Accountable on the epic (and Hannah Responsible, as the rules ask). */
async function assignOnEpic(page, { epic, accountable, responsible }) {
  await page.goto(`${baseUrl}/sandbox/#/issue/${epic.key}`);
  const panel = page.frameLocator('iframe[data-module="issue-panel"]');
  await panel.getByTestId('raci-section').waitFor({ timeout: 30000 });
  await panel.getByTestId('raci-edit').click();
  await panel.getByTestId('raci-editor').waitFor({ timeout: 10000 });
  await pick(panel, 'A', accountable);
  const refusal = await save(panel);
  if (refusal !== null) {
    // Nobody up the hierarchy is Responsible yet: the rule is named in the panel; add one and save again.
    if (!/Responsible/.test(refusal)) fail(`saving an Accountable was refused for another reason: ${refusal}`);
    await page.screenshot({ path: `${shots}/raci-rule-violation.png` });
    console.log(`epic: the save without a Responsible was refused: ${refusal.replace(/\s+/g, ' ')}`);
    await pick(panel, 'R', responsible);
    const second = await save(panel);
    if (second !== null) fail(`saving A and R on ${epic.key} was refused: ${second}`);
  } else {
    console.log('epic: saved with a Responsible inherited from above');
  }
  const role = panel.getByTestId('raci-role-A');
  await personIn(role, accountable).waitFor({ timeout: 10000 });
  if (await role.getByTestId('raci-inherited').count() !== 0) fail(`the epic's own Accountable shows as inherited`);
  await page.screenshot({ path: `${shots}/raci-epic.png` });
  console.log(`epic ${epic.key}: ${accountable.displayName} is Accountable`);
}

/** The story in WEB inherits the Accountable from the PLAT epic, with a badge naming the epic. */
async function inheritedOnStory(page, { epic, story, accountable }) {
  await page.goto(`${baseUrl}/sandbox/#/issue/${story.key}`);
  const panel = page.frameLocator('iframe[data-module="issue-panel"]');
  // The story reaches Keystone's mirror by webhook; the RACI section appears once it is there.
  await panel.getByTestId('raci-section').waitFor({ timeout: 30000 });
  const role = panel.getByTestId('raci-role-A');
  await personIn(role, accountable).waitFor({ timeout: 10000 });
  const badge = (await role.getByTestId('raci-inherited').innerText()).trim();
  if (badge !== `from ${epic.key}`) fail(`the story's Accountable badge reads "${badge}", not "from ${epic.key}"`);
  await page.screenshot({ path: `${shots}/raci-story-inherited.png` });
  console.log(`story ${story.key}: ${accountable.displayName} Accountable, badge "${badge}"`);
}

/** The program's matrix on WEB's project page: the epic's own A and the story's inherited (A), then CSV. */
async function inMatrix(page, { epic, story, accountable }) {
  await page.goto(`${baseUrl}/sandbox/#/project/WEB/program`);
  const program = page.frameLocator('iframe[data-module="program-page"]');
  // the Program page loads the matrix and gap report when asked
  await program.getByTestId('raci-show-reports').click({ timeout: 30000 });
  const matrix = program.getByTestId('raci-matrix');
  await matrix.waitFor({ timeout: 30000 });
  // Only Kwame's roles: the person filter, chosen like a user would.
  const filter = program.locator('#raci-filter-person');
  await filter.click();
  await filter.fill(accountable.displayName);
  await program.getByRole('option', { name: accountable.displayName, exact: true }).click();
  const rows = () => matrix.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-scope')));
  const deadline = Date.now() + 10000;
  let keys = await rows();
  while (Date.now() < deadline && !(keys.includes(epic.key) && keys.includes(story.key))) {
    await page.waitForTimeout(300);
    keys = await rows();
  }
  if (!keys.includes(epic.key) || !keys.includes(story.key)) {
    fail(`the matrix filtered to ${accountable.displayName} has rows ${keys.join(', ')}, not ${epic.key} and ${story.key}`);
  }
  const columns = await matrix.locator('thead th[data-account-id]').evaluateAll((ths) =>
    ths.map((th) => th.getAttribute('data-account-id')));
  if (columns.length !== 1 || columns[0] !== accountable.accountId) {
    fail(`the filtered matrix has columns ${columns.join(', ')}`);
  }
  const storyRoles = await matrix.locator(`tr[data-scope="${story.key}"] [data-role]`).evaluateAll((spans) =>
    spans.map((s) => `${s.getAttribute('data-role')}:${s.getAttribute('data-inherited')}:${s.getAttribute('data-source')}`));
  if (!storyRoles.includes(`A:true:from ${epic.key}`)) fail(`the story's matrix cell holds ${storyRoles.join(', ')}`);
  const epicRoles = await matrix.locator(`tr[data-scope="${epic.key}"] [data-role]`).evaluateAll((spans) =>
    spans.map((s) => `${s.getAttribute('data-role')}:${s.getAttribute('data-inherited')}`));
  if (!epicRoles.includes('A:false')) fail(`the epic's matrix cell holds ${epicRoles.join(', ')}`);
  await page.screenshot({ path: `${shots}/raci-matrix.png`, fullPage: true });
  console.log(`matrix: ${epic.key} A, ${story.key} (A) from ${epic.key} for ${accountable.displayName}`);

  const download = page.waitForEvent('download', { timeout: 15000 });
  await program.getByTestId('raci-export-csv').click();
  const file = await (await download).path();
  const csv = readFileSync(file, 'utf8');
  if (!csv.includes(story.key) || !csv.includes(epic.key) || !csv.includes(accountable.displayName)) {
    fail(`the exported CSV lacks ${epic.key}, ${story.key} or ${accountable.displayName}:\n${csv}`);
  }
  console.log(`matrix CSV: ${csv.split('\n').length - 1} lines, with both items`);
}

/** Kwame's "My responsibilities" lists the epic (own A) and the story (inherited A), with their status. */
async function inMyResponsibilities(page, { epic, story, accountable }) {
  await actAs(page, accountable);
  await page.goto(`${baseUrl}/sandbox/#/apps/my-work`);
  const mine = page.frameLocator('iframe[data-module="my-work"]');
  const table = mine.getByTestId('raci-mine');
  await table.waitFor({ timeout: 30000 });
  const roles = async (key) => table.locator(`tr[data-scope="${key}"] [data-role]`).evaluateAll((spans) =>
    spans.map((s) => `${s.getAttribute('data-role')}:${s.getAttribute('data-inherited')}`));
  const epicRoles = await roles(epic.key);
  const storyRoles = await roles(story.key);
  if (!epicRoles.includes('A:false')) fail(`My responsibilities shows ${epic.key} with ${epicRoles.join(', ') || 'no row'}`);
  if (!storyRoles.includes('A:true')) fail(`My responsibilities shows ${story.key} with ${storyRoles.join(', ') || 'no row'}`);
  const status = (await table.locator(`tr[data-scope="${story.key}"] td`).first().innerText()).trim();
  if (status === '') fail(`My responsibilities shows no status for ${story.key}`);
  await page.screenshot({ path: `${shots}/raci-my-responsibilities.png`, fullPage: true });
  console.log(`My responsibilities of ${accountable.displayName}: ${epic.key} A, ${story.key} (A), status ${status}`);

  // The shell's dark mode reaches the page through AP theming.
  await page.getByTestId('theme-toggle').click();
  await page.waitForFunction(() => document.querySelector('iframe[data-module="my-work"]')
    ?.contentDocument?.documentElement?.getAttribute('data-color-mode') === 'dark', null, { timeout: 10000 });
  await table.waitFor({ timeout: 30000 });
  await page.screenshot({ path: `${shots}/raci-my-responsibilities-dark.png` });
}

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${baseUrl}/sandbox/#/`);
  await page.getByTestId('user-switch--trigger').waitFor({ timeout: 20000 });
  const world = await setUp(page);
  await actAs(page, world.tpm);
  await assignOnEpic(page, world);
  await inheritedOnStory(page, world);
  await inMatrix(page, world);
  await inMyResponsibilities(page, world);
  console.log('raci e2e: ok');
} finally {
  await browser.close();
}
