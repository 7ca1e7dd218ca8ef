// The Program page's first render in headless Chromium, as Jira opens it. This script plays Jira: on 127.0.0.1 it
// serves a host page framing /views/program-page?projectKey=…&jwt=… of a running Keystone on localhost (a loopback
// page may frame localhost; Chromium's local-network checks block a public one) and the sandbox's all.js, and the
// host page answers that all.js protocol — AP.context.getToken with a context JWT signed for the load (Jira's all.js
// hands out a cached token too). Each load runs in a fresh browser context (cold cache, no remembered program) and
// starts a second after the previous load's API calls have ended.
// Marks are taken inside Keystone's frame by a MutationObserver, in ms since the frame's navigation start:
//   document, assets, domContentLoaded — the view's HTML, then its scripts and styles, received; DOMContentLoaded
//   firstApiCall — the first /api request (after React's first render and getToken)
//   header   — the program's header (name, target date), from GET /api/programs
//   figures  — the header, the health lozenge and the three progress bars (GET /api/programs/{id}/rollup)
//   burnup   — the burn-up chart (GET /api/programs/{id}/burnup)
// and each /api call's start and end. Run by app.keystone.bench.ProgramPageBench (RollupBenchmark):
//   KEYSTONE_BENCH_SECRET=<the fake site's shared secret> node e2e/program-page.bench.mjs <config.json>
// config: { chromium, hostPort, allJs, clientKey, accountId, projectKey, projectId, loads: [iframe URL, …], warmup,
//          out }; Keystone runs with atlassian.connect.all-js-url=http://127.0.0.1:<hostPort>/all.js.
// Writes to `out` a JSON array with one { marks, api, total, timedOut } per measured load; a load whose burn-up or
// health has not appeared after 60 s is recorded as timed out, its missing marks at 60,000 ms.
/* global document, window, location, MutationObserver */
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

import { fail, launch } from './e2e-support.mjs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const secret = process.env.KEYSTONE_BENCH_SECRET ?? fail('KEYSTONE_BENCH_SECRET is not set');
const HOST = `http://127.0.0.1:${config.hostPort}`;
const TIMEOUT_MS = 60000;

const b64url = (value) => Buffer.from(value).toString('base64url');

/** What AP.context.getToken() returns in Jira: HS256 over iss = clientKey, sub = the user, qsh = "context-qsh". */
function contextToken() {
  const now = Math.floor(Date.now() / 1000);
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ iss: config.clientKey, sub: config.accountId, qsh: 'context-qsh',
    iat: now - 5, exp: now + 180 }));
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${signature}`;
}

/** Jira's page around the iframe: the host side of the sandbox all.js protocol, for the calls the page makes. */
function hostPage(frameUrl) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Jira (bench host)</title></head>
<body style="margin:0"><iframe id="keystone" style="width:1400px;height:6000px;border:0"></iframe>
<script>
  const frame = document.getElementById('keystone');
  const context = { jira: { project: { id: ${JSON.stringify(String(config.projectId))},
    key: ${JSON.stringify(config.projectKey)} } } };
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || m.ap !== 'call' || event.source !== frame.contentWindow) return;
    let value;
    switch (m.method) {
      case 'getToken': value = ${JSON.stringify(contextToken())}; break;
      case 'getContext': value = context; break;
      case 'getTheme': value = 'light'; break;
      // Jira REST calls made as the user: this host has no Jira behind it
      case 'request': value = { status: 404, body: '{}' }; break;
      default: value = null;
    }
    frame.contentWindow.postMessage({ ap: 'result', id: m.id, value }, '*');
  });
  frame.src = ${JSON.stringify(frameUrl)};
</script></body></html>`;
}

/** Injected into every frame; only Keystone's view records marks. */
function recordMarks() {
  if (!location.pathname.startsWith('/views/')) return;
  const marks = {};
  window.benchMarks = marks;
  const present = (selector) => document.querySelector(selector) !== null;
  const probes = {
    header: () => present('[data-testid="program-target-date"]'),
    health: () => present('[data-testid="program-health-status"]'),
    progress: () => present('[role="progressbar"][aria-label="Done by time logged"]'),
    burnup: () => present('[data-testid="burnup-chart"]'),
  };
  const check = () => {
    const now = performance.now();
    for (const [name, probe] of Object.entries(probes)) {
      if (!(name in marks) && probe()) marks[name] = now;
    }
    if ('header' in marks && 'health' in marks && 'progress' in marks && !('figures' in marks)) {
      marks.figures = Math.max(marks.header, marks.health, marks.progress);
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

async function load(browser, frameUrl) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  try {
    await context.addInitScript(recordMarks);
    const page = await context.newPage();
    const errors = [];
    const log = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => log.push(`console ${m.type()}: ${m.text()}`));
    page.on('requestfailed', (r) => log.push(`failed ${r.url().split('?')[0]}: ${r.failure()?.errorText}`));
    page.on('response', (r) => log.push(`${r.status()} ${r.request().method()} ${r.url().split('?')[0]}`));
    // API calls still running: the next load starts after they end, so it meets an idle server
    const pending = new Set();
    const isApi = (r) => r.url().includes('/api/');
    page.on('request', (r) => { if (isApi(r)) pending.add(r); });
    page.on('requestfinished', (r) => pending.delete(r));
    page.on('requestfailed', (r) => pending.delete(r));
    const started = Date.now();
    // only the start: the marks say when the frame got there ('load' would wait for every chunk and poll)
    await page.goto(`${HOST}/project/${config.projectKey}/program?frame=${encodeURIComponent(frameUrl)}`,
      { waitUntil: 'commit' });
    const frame = page.frameLocator('#keystone');
    let timedOut = false;
    try {
      await frame.getByTestId('burnup-chart').waitFor({ timeout: TIMEOUT_MS });
      await frame.getByTestId('program-health-status').waitFor({ timeout: TIMEOUT_MS });
    } catch (e) {
      // reported as a load that timed out (its missing marks count as the timeout), with what the page did
      timedOut = true;
      await page.screenshot({ path: config.out.replace(/\.json$/, '-timeout.png'), fullPage: true, timeout: 10000 })
        .catch((shot) => log.push(`no screenshot: ${shot.message}`));
      console.error(`${e.message}\n${log.join('\n')}\n${errors.join('\n')}`);
    }
    const total = Date.now() - started;
    const view = page.frames().find((f) => f.url().includes('/views/program-page'));
    const measured = await view.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = performance.getEntriesByType('resource');
      // the entry's modules and stylesheets, asked for before DOMContentLoaded (lazy sections' chunks come later)
      const entryAssets = resources.filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname)
        && e.startTime < nav.domContentLoadedEventStart);
      const stages = {
        document: nav.responseEnd,
        assets: Math.max(nav.responseEnd, ...entryAssets.map((e) => e.responseEnd)),
        domContentLoaded: nav.domContentLoadedEventEnd,
        firstApiCall: Math.min(...resources.filter((e) => e.name.includes('/api/')).map((e) => e.startTime)),
      };
      return {
        marks: { ...window.benchMarks, ...stages },
        api: resources.filter((e) => e.name.includes('/api/')).map((e) => ({
          path: new URL(e.name).pathname.replace(/[0-9a-f-]{36}/, '{id}'),
          start: e.startTime, end: e.responseEnd,
        })),
      };
    });
    for (const deadline = Date.now() + TIMEOUT_MS; pending.size > 0 && Date.now() < deadline;) {
      await page.waitForTimeout(50);
    }
    if (errors.length > 0) fail(`page errors: ${errors.join('; ')}`);
    for (const name of ['header', 'health', 'progress', 'figures', 'burnup']) {
      if (!timedOut && !(name in measured.marks)) fail(`no "${name}" mark: ${JSON.stringify(measured.marks)}`);
      measured.marks[name] ??= TIMEOUT_MS;
    }
    return { ...measured, total, timedOut };
  } finally {
    await context.close();
    await new Promise((resolve) => { setTimeout(resolve, 1000); });
  }
}

// Jira's side: the host page around the frame named in its query, and the all.js Keystone's views load
const allJs = readFileSync(config.allJs, 'utf8');
const host = createServer((req, res) => {
  const url = new URL(req.url, HOST);
  if (url.pathname === '/all.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(allJs);
  } else {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPage(url.searchParams.get('frame')));
  }
});
await new Promise((resolve) => host.listen(config.hostPort, '127.0.0.1', resolve));
const browser = await launch(config.chromium);
try {
  const results = [];
  for (let i = 0; i < config.loads.length; i++) {
    const result = await load(browser, config.loads[i]);
    if (i >= config.warmup) results.push(result);
    const m = result.marks;
    console.log(`load ${i + 1}/${config.loads.length}${i < config.warmup ? ' (warm-up)' : ''}: header ${m.header.toFixed(0)}`
      + ` ms, figures ${m.figures.toFixed(0)} ms, burn-up ${m.burnup.toFixed(0)} ms${result.timedOut ? ' (timed out)' : ''}`);
  }
  writeFileSync(config.out, JSON.stringify(results, null, 1));
} finally {
  await browser.close();
  host.close();
}
