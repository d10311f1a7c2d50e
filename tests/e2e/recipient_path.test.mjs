// Browser end-to-end test of the recipient's side of a phishing-simulation campaign:
// a director sets up and launches a campaign with an advanced template (fake sign-in
// page) through the JSON API; the message is delivered by the test SMTP server; in
// Debian's Chromium, the recipient follows the e-mail's link, types an identifier and
// a password into the fake sign-in page, submits it and lands on the awareness page.
// Checked: nothing typed ever leaves the browser (no request's URL, headers or body,
// no WebSocket; the form's POST carries only _csrf), the pages pass axe-core, and the
// results count one click and one submitted form, no scanner.
//
// Needs the test SMTP server (scripts/test-services/smtp.sh, started by
// scripts/test.sh): VIGIE_TEST_SMTP_URL (smtp://127.0.0.1:PORT) and VIGIE_TEST_MAILDIR
// (its Maildir). Without them the journey is skipped, saying so.
//
// Run:  VIGIE_BINARY=build/vigie VIGIE_TEST_SMTP_URL=smtp://127.0.0.1:2599 \
//       VIGIE_TEST_MAILDIR=/tmp/…/maildir node --test tests/e2e/recipient_path.test.mjs
// (ctest: `ctest --test-dir build -L e2e`). The journey takes about 25 s: a link
// followed within 10 s of delivery is a mail scanner's, so the test waits 11.5 s.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HERE, PASSWORD, checkPage, openPage, pageHeading, reportAxe, useVigieServer } from './e2e_support.mjs';

const SMTP = process.env.VIGIE_TEST_SMTP_URL || '';
const MAILDIR = process.env.VIGIE_TEST_MAILDIR || '';
const DIRECTOR = 'direction@tilleuls.example';
const STRUCTURE = 'EHPAD Les Tilleuls';
const TEMPLATE = 'mot-de-passe-expire';  // kind = "advanced": it has a [login_page]
const TYPED_IDENTIFIER = 'identifiant-secret-4821@example.test';
const TYPED_PASSWORD = 'MotDePasse-Secret-9137';
// Must stay above awareness::kHumanReactionSeconds (10 s): a hit sooner after delivery
// is classified as a mail scanner's and not counted.
const HUMAN_DELAY_MS = 11_500;
// Headless Chromium says "HeadlessChrome" in its user agent, which Vigie rightly takes
// for an automated fetcher: the recipient's browser says what a desktop Chrome says.
const DESKTOP_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) ' +
                       'Chrome/131.0.0.0 Safari/537.36';

// --- The template, read from the shipped catalogue -------------------------------------

function tomlString(block, key) {
  const m = block.match(new RegExp(`^${key}\\s*=\\s*"((?:[^"\\\\]|\\\\.)*)"\\s*$`, 'm'));
  assert.ok(m, `template ${TEMPLATE}: no ${key} = "..."`);
  return JSON.parse(`"${m[1]}"`);
}

function loadTemplate(id) {
  const text = readFileSync(path.join(HERE, '../../data/awareness/templates', `${id}.toml`), 'utf8');
  assert.match(text, /^kind\s*=\s*"advanced"\s*$/m, `${id} must be an advanced template`);
  const loginBlock = text.slice(text.indexOf('[login_page]')).split(/^\[\[/m)[0];
  const login = {};
  for (const key of ['page_title', 'product_name', 'heading', 'identifier_label', 'password_label', 'submit_label']) {
    login[key] = tomlString(loginBlock, key);
  }
  const clues = text.split(/^\[\[clue\]\]\s*$/m).slice(1).map((block) => tomlString(block, 'title'));
  assert.ok(clues.length >= 2, `${id}: expected clues`);
  return { login, clues };
}

// --- The director's JSON API client ------------------------------------------------------

// Signs in through the sign-in form (structure accounts need no second factor) and
// calls the API with the session's CSRF token. A separate cookie jar from Chromium's:
// the recipient's browser stays anonymous.
async function signInApi(base, email) {
  const api = await state.deps.request.newContext({ baseURL: base });
  const form = await (await api.get('/connexion')).text();
  const formToken = form.match(/name="_csrf" value="([^"]+)"/);
  assert.ok(formToken, 'the sign-in form carries a CSRF token');
  const signIn = await api.post('/connexion', {
    form: { _csrf: formToken[1], email, password: PASSWORD, suite: '/' }, maxRedirects: 0 });
  assert.equal(signIn.status(), 303, `signing in as ${email}`);
  const profile = await (await api.get('/profil')).text();
  const metaToken = profile.match(/<meta name="csrf-token" content="([^"]+)"/);
  assert.ok(metaToken, `${email} is signed in (/profil has the CSRF meta tag)`);
  return {
    async call(method, url, body) {
      const res = await api.fetch(url, {
        method, headers: { 'X-CSRF-Token': metaToken[1], Accept: 'application/json' },
        ...(body === undefined ? {} : { data: body }),
      });
      const text = await res.text();
      return { status: res.status(), body: text ? JSON.parse(text) : null };
    },
    dispose: () => api.dispose(),
  };
}

async function expectStatus(promise, status, what) {
  const res = await promise;
  assert.equal(res.status, status, `${what}: ${JSON.stringify(res.body)}`);
  return res.body;
}

// --- The delivered message ----------------------------------------------------------------

function decodeQuotedPrintable(text) {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

// The raw message (headers, then the body quoted-printable decoded) whose To holds
// `address`, waiting up to `timeoutMs`; null when none came.
async function waitForMail(maildir, address, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  do {
    for (const folder of ['new', 'cur']) {
      const dir = path.join(maildir, folder);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        const raw = readFileSync(path.join(dir, name), 'latin1');
        const split = raw.search(/\r?\n\r?\n/);
        const headers = (split < 0 ? raw : raw.slice(0, split)).replace(/\r?\n[ \t]+/g, ' ');
        const to = headers.split(/\r?\n/).find((line) => /^to:/i.test(line)) || '';
        if (to.includes(address)) {
          return { headers, body: decodeQuotedPrintable(split < 0 ? '' : raw.slice(split)), file: name };
        }
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  } while (Date.now() < deadline);
  return null;
}

// --- Nothing typed may reach the server --------------------------------------------------

function variants(value) {
  const forms = new Set([value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)]);
  return [...forms];
}

function leaks(text, secrets) {
  return secrets.filter((s) => text.includes(s));
}

// Every file of the server's data directory (its SQLite database and journal).
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

// --- The journey ----------------------------------------------------------------------------

const JOURNEY = 'a recipient follows the link, types into the fake sign-in page and learns from it';
let state;

if (!SMTP || !MAILDIR) {
  test(JOURNEY, {
    skip: 'VIGIE_TEST_SMTP_URL and VIGIE_TEST_MAILDIR are not set: start the test SMTP server ' +
          '(bash scripts/test-services/smtp.sh start DIR PORT) and export both, as scripts/test.sh does',
  }, () => {});
} else {
  state = useVigieServer({ contextOptions: { userAgent: DESKTOP_CHROME } });

  test(JOURNEY, { timeout: 150_000 }, async (t) => {
    const template = loadTemplate(TEMPLATE);
    const runId = randomBytes(4).toString('hex');
    const address = `camille.e2e-${runId}@example.test`;
    const director = await signInApi(state.base, DIRECTOR);
    let page;
    try {
      // --- The director sets the campaign up (as tests/http/campaigns_test.py does).
      const structures = await expectStatus(director.call('GET', '/api/v1/structures?per_page=50'), 200, 'structures');
      const structure = structures.items.find((s) => s.name === STRUCTURE);
      assert.ok(structure, `${STRUCTURE} is in the demo data`);
      const relay = new URL(SMTP);
      const profile = await expectStatus(director.call('POST', `/api/v1/structures/${structure.id}/sending-profiles`, {
        name: `Relais e2e ${runId}`, host: relay.hostname, port: Number(relay.port), security: 'none',
        envelope_from: 'retours@example.test', header_name: 'X-Vigie-Simulation', header_value: 'campagne-autorisee',
        rate_per_minute: 600, window_start: '00:00', window_end: '23:59', days: '1,2,3,4,5,6,7', spread_days: 1,
      }), 201, 'sending profile');
      const group = await expectStatus(director.call('POST', `/api/v1/structures/${structure.id}/recipient-groups`,
        { name: `Parcours e2e ${runId}` }), 201, 'recipient group');
      await expectStatus(director.call('POST', `/api/v1/recipient-groups/${group.id}/recipients`, {
        email: address, first_name: 'Camille', last_name: 'Essai', site: 'Bâtiment principal',
        department: 'Soins', job_family: 'Soignant',
      }), 201, 'recipient');
      await expectStatus(director.call('PUT', `/api/v1/structures/${structure.id}/awareness-settings`,
        { retention_months: 12, centre_sees_individuals: false, publish_information: true }), 204, 'information page');
      let campaign = await expectStatus(director.call('POST', `/api/v1/structures/${structure.id}/campaigns`, {
        name: `Campagne e2e ${runId}`, template_id: TEMPLATE, sending_profile_id: profile.id, group_ids: [group.id],
      }), 201, 'campaign');
      for (const [action, status] of [['submit', 'awaiting_approval'], ['approve', 'scheduled'], ['launch', 'sending']]) {
        campaign = await expectStatus(director.call('POST', `/api/v1/campaigns/${campaign.id}/actions`,
          { action, revision: campaign.revision }), 200, action);
        assert.equal(campaign.status, status, `after ${action}`);
      }
      assert.equal(campaign.target_count, 1);

      // --- The message arrives; its link points at this server.
      const message = await waitForMail(MAILDIR, address, 60_000);
      if (!message) {
        const now = await director.call('GET', `/api/v1/campaigns/${campaign.id}`);
        assert.fail(`no message for ${address} in ${MAILDIR} within 60 s; campaign: ${JSON.stringify(now.body)}`);
      }
      const arrived = Date.now();
      assert.match(message.headers, /^X-Vigie-Simulation: campagne-autorisee$/mi);
      const escapedBase = state.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const tokens = new Set([...message.body.matchAll(/https?:\/\/[^/\s"<>]+\/p\/([A-Za-z0-9_-]{24})(?![A-Za-z0-9_-])/g)]
        .map((m) => m[1]));
      assert.equal(tokens.size, 1, `one token in every link of the message, got ${[...tokens].join(', ')}`);
      const [token] = tokens;
      const link = `${state.base}/p/${token}`;
      assert.match(message.body, new RegExp(`${escapedBase}/p/${token}(?=[\\s"<])`), `the message links to ${link}`);
      t.diagnostic(`message ${message.file}: link ${link}`);

      // A person reads before clicking; sooner would count as a scanner.
      const before = await expectStatus(director.call('GET', `/api/v1/campaigns/${campaign.id}/results`), 200, 'results');
      assert.equal(before.funnel.clicked, 0);
      await new Promise((r) => setTimeout(r, Math.max(0, HUMAN_DELAY_MS - (Date.now() - arrived))));

      // --- The recipient's browser: every request it makes is kept.
      page = await openPage();
      const requests = [];
      const websockets = [];
      const popups = [];
      page.on('request', (request) => requests.push(request));
      page.on('websocket', (ws) => websockets.push(ws.url()));
      page.on('popup', (popup) => popups.push(popup.url()));

      await page.goto(link);
      assert.equal(new URL(page.url()).pathname, `/p/${token}`);
      assert.equal(await page.title(), template.login.page_title);
      assert.equal(await pageHeading(page), template.login.heading);
      assert.equal(await page.getByText(template.login.product_name, { exact: true }).count(), 1);
      assert.equal(await page.locator('script').count(), 0, 'the fake sign-in page runs no script');
      await checkPage(page, 'fake sign-in page');

      const identifier = page.getByLabel(template.login.identifier_label, { exact: true });
      const password = page.getByLabel(template.login.password_label, { exact: true });
      assert.equal(await identifier.getAttribute('name'), null, 'the identifier field has no name');
      assert.equal(await password.getAttribute('name'), null, 'the password field has no name');
      assert.equal(await password.getAttribute('type'), 'password');
      assert.deepEqual(await page.locator('form').evaluate((form) =>
        [...form.elements].filter((e) => e.name).map((e) => e.name)), ['_csrf'], 'the form sends only _csrf');

      const loaded = requests.length;
      await identifier.pressSequentially(TYPED_IDENTIFIER);
      await password.pressSequentially(TYPED_PASSWORD);
      assert.equal(await identifier.inputValue(), TYPED_IDENTIFIER);
      assert.equal(await password.inputValue(), TYPED_PASSWORD);
      await page.waitForTimeout(300);
      assert.deepEqual(requests.slice(loaded).map((r) => `${r.method()} ${r.url()}`), [], 'typing makes no request');

      await page.getByRole('button', { name: template.login.submit_label, exact: true }).click();
      await page.waitForURL(`**/p/${token}/sensibilisation`);

      // --- The awareness page.
      const heading = await pageHeading(page);
      assert.ok(heading.includes('CECI EST UNE TENTATIVE DE PHISHING'), `awareness page heading: ${heading}`);
      assert.match(await page.locator('main p.lead').innerText(), /^Bonjour Camille, pas d’inquiétude/, 'the person is greeted');
      assert.equal(await page.getByText(/Ce que vous avez tapé sur la fausse page de connexion n’a jamais été envoyé/).count(), 1,
                   'the page says that what was typed went nowhere');
      const clues = page.getByRole('region', { name: 'Ce qui aurait dû vous alerter' }).getByRole('listitem');
      assert.equal(await clues.count(), template.clues.length, 'every clue of the template is listed');
      const clueTexts = await clues.allInnerTexts();
      template.clues.forEach((title, i) => assert.ok(clueTexts[i].startsWith(title), `clue ${i + 1}: ${clueTexts[i]}`));
      assert.ok(await page.getByRole('region', { name: 'Le message que vous avez reçu' }).locator('mark').count() >= 2,
                'the clues are highlighted in the message');
      await checkPage(page, 'awareness page after the fake sign-in');
      const awarenessHtml = await page.content();
      assert.deepEqual(leaks(awarenessHtml, [TYPED_IDENTIFIER, TYPED_PASSWORD]), [], 'the awareness page echoes nothing typed');

      // --- Nothing typed left the browser.
      const secrets = [...variants(TYPED_IDENTIFIER), ...variants(TYPED_PASSWORD)];
      const seen = [];
      for (const request of requests) {
        const headers = JSON.stringify(await request.allHeaders());
        const where = `${request.method()} ${request.url()}`;
        seen.push(where);
        assert.deepEqual(leaks(request.url(), secrets), [], `${where}: the URL holds something typed`);
        assert.deepEqual(leaks(request.postData() || '', secrets), [], `${where}: the body holds something typed`);
        assert.deepEqual(leaks(headers, secrets), [], `${where}: a header holds something typed`);
      }
      const posts = requests.filter((r) => r.method() !== 'GET');
      assert.deepEqual(posts.map((r) => `${r.method()} ${r.url()}`), [`POST ${link}/connexion`],
                       `the only request that is not a GET is the form's POST; requests: ${seen.join(', ')}`);
      const fields = [...new URLSearchParams(posts[0].postData() || '')];
      assert.deepEqual(fields.map(([name]) => name), ['_csrf'], 'the POST carries only _csrf');
      assert.ok(fields[0][1].length > 0, 'with a value');
      assert.ok(requests.every((r) => new URL(r.url()).origin === state.base || r.url().startsWith('data:')),
                `every request goes to the server itself: ${seen.join(', ')}`);
      assert.deepEqual(websockets, [], 'no WebSocket is opened');
      assert.deepEqual(popups, [], 'no other window is opened');
      const cookies = JSON.stringify(await state.context.cookies());
      assert.deepEqual(leaks(cookies, secrets), [], 'no cookie holds something typed');
      t.diagnostic(`requests of the recipient's browser: ${seen.join(', ')}`);

      // --- The links of the awareness page.
      const awarenessUrl = page.url();
      await page.getByRole('link', { name: 'Ce qui est mesuré, et qui le voit' }).click();
      await page.waitForURL(`**/p/info/${structure.id}`);
      await checkPage(page, 'staff information page');
      await page.goto(awarenessUrl);
      await page.getByRole('link', { name: 'Découvrir comment repérer un message piégé' }).click();
      await page.waitForURL('**/p/formation');
      assert.equal(await pageHeading(page), 'Repérer un message piégé');
      await checkPage(page, 'training page');

      // --- Counted: one click, one submitted form, no scanner; and the server never
      // had what was typed (its output and its database).
      const results = await expectStatus(director.call('GET', `/api/v1/campaigns/${campaign.id}/results`), 200, 'results');
      assert.equal(results.funnel.clicked, 1, `funnel: ${JSON.stringify(results.funnel)}`);
      assert.equal(results.funnel.submitted, 1, `funnel: ${JSON.stringify(results.funnel)}`);
      assert.equal(results.funnel.scanner_hits, 0, `funnel: ${JSON.stringify(results.funnel)}`);
      assert.deepEqual(leaks(state.serverLog, secrets), [], 'the server printed nothing typed');
      for (const file of filesUnder(state.dataDir)) {
        assert.deepEqual(leaks(readFileSync(file, 'latin1'), secrets.map((s) => Buffer.from(s, 'utf8').toString('latin1'))), [],
                         `${file} holds something typed`);
      }
    } catch (e) {
      if (page) {
        const shot = path.join(tmpdir(), `vigie-e2e-failure-recipient-${process.pid}.png`);
        await page.screenshot({ path: shot, fullPage: true }).then(() => t.diagnostic(`failure screenshot: ${shot}`), () => {});
      }
      throw e;
    } finally {
      if (page) await page.close();
      await director.dispose();
      reportAxe(t);
    }
  });
}
