#!/usr/bin/env node
// Plays a Jira Cloud site against a running Keystone, with nothing but Node's own crypto and http:
// publishes an RSA key by kid, sends a signed install (RS256, aud, qsh), then a webhook signed HS256
// with the shared secret it handed over. Usage:
//   ATLASSIAN_CONNECT_PUBLIC_KEY_BASE_URL=http://127.0.0.1:8099/keys java -jar target/keystone.jar
//   node scripts/connect-smoke.mjs all [keystoneUrl=http://localhost:8080] [keyServerPort=8099]
// The key server is only asked for the key when the install arrives, so it may start after Keystone.
import crypto from 'node:crypto';
import http from 'node:http';

const [mode = 'all', appUrl = 'http://localhost:8080', keyPort = '8099'] = process.argv.slice(2);
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = `smoke-${crypto.randomUUID()}`;
const b64url = (b) => Buffer.from(b).toString('base64url');

// Atlassian's query string hash: METHOD&path&sorted-query (the jwt parameter excluded)
function qsh(method, pathAndQuery) {
  const url = new URL(pathAndQuery, 'http://x');
  const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const params = new Map();
  for (const [k, v] of url.searchParams) if (k !== 'jwt') params.set(enc(k), [...(params.get(enc(k)) ?? []), enc(v)]);
  const query = [...params.keys()].sort().map((k) => `${k}=${params.get(k).sort().join(',')}`).join('&');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
  return crypto.createHash('sha256').update(`${method}&${path}&${query}`).digest('hex');
}

function jwt(header, claims, sign) {
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${b64url(sign(input))}`;
}

const now = () => Math.floor(Date.now() / 1000);
const site = { clientKey: `smoke-${crypto.randomUUID()}`, sharedSecret: crypto.randomBytes(32).toString('hex'),
  baseUrl: 'https://smoke.atlassian.net', cloudId: crypto.randomUUID() };

async function call(path, token, body, headers = {}) {
  const r = await fetch(appUrl + path, { method: 'POST', body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}`, ...headers } });
  console.log(`POST ${path} -> ${r.status} ${await r.text()}`);
  if (!r.ok) process.exitCode = 1;
}

async function installAndDeliver(audience) {
  const installToken = jwt({ alg: 'RS256', typ: 'JWT', kid },
    { iss: site.clientKey, aud: audience, qsh: qsh('POST', '/installed'), iat: now(), exp: now() + 180 },
    (input) => crypto.sign('RSA-SHA256', Buffer.from(input), privateKey));
  await call('/installed', installToken, { key: 'app.keystone', eventType: 'installed', productType: 'jira', ...site });
  const hook = '/webhooks/issue-created';
  const hookToken = jwt({ alg: 'HS256', typ: 'JWT' }, { iss: site.clientKey, qsh: qsh('POST', hook), iat: now(), exp: now() + 180 },
    (input) => crypto.createHmac('sha256', site.sharedSecret).update(input).digest());
  await call(hook, hookToken, { timestamp: Date.now(), webhookEvent: 'jira:issue_created', issue: { id: '10001', key: 'WEB-1', fields: {} } },
    { 'X-Atlassian-Webhook-Identifier': crypto.randomUUID() });
}

const keyServer = http.createServer((req, res) => {
  const found = req.url === `/keys/${kid}`;
  res.writeHead(found ? 200 : 404).end(found ? publicKey.export({ type: 'spki', format: 'pem' }) : 'no such key');
});
keyServer.listen(Number(keyPort), '127.0.0.1', async () => {
  console.log(`key server: ATLASSIAN_CONNECT_PUBLIC_KEY_BASE_URL=http://127.0.0.1:${keyPort}/keys`);
  if (mode === 'keys') return;
  const descriptor = await (await fetch(`${appUrl}/atlassian-connect.json`)).json();
  await installAndDeliver(descriptor.baseUrl);
  keyServer.close();
});
