// Shared support of Vigie's browser end-to-end tests (signin_flow.test.mjs,
// recipient_path.test.mjs): prerequisites with a message that says what to do, one
// `vigie demo` + `vigie serve` and one Debian Chromium (playwright-core) per test
// file, and the checks every page gets (axe-core, lang="fr", one <h1>, no console
// error).
//
// VIGIE_BINARY (or the first non-option argument) names the vigie binary;
// VIGIE_CHROMIUM overrides /usr/bin/chromium; VIGIE_E2E_SCREENSHOTS=DIR saves a
// full-page PNG of every page checked.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.VIGIE_CHROMIUM || '/usr/bin/chromium';
export const PASSWORD = 'Vigie-demo-2026!';
export const SCREENSHOTS = process.env.VIGIE_E2E_SCREENSHOTS || '';

// --- Prerequisites, with a message that says what to do ------------------------------

export function loadDependencies() {
  const missing = () =>
    new Error(`tests/e2e/node_modules is missing or incomplete (${path.join(HERE, 'node_modules')}): ` +
              'run `bash scripts/install-deps.sh`, or `npm ci` in tests/e2e.');
  if (!existsSync(path.join(HERE, 'node_modules'))) throw missing();
  try {
    const playwright = require('playwright-core');
    return {
      chromium: playwright.chromium,
      request: playwright.request,
      axeSource: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'),
    };
  } catch (e) {
    const err = missing();
    err.cause = e;
    throw err;
  }
}

export function vigieBinary() {
  const fromArgs = process.argv.slice(2).find((a) => !a.startsWith('-'));
  const candidate = process.env.VIGIE_BINARY || fromArgs || path.join(HERE, '../../build/vigie');
  const binary = path.resolve(candidate);
  if (!existsSync(binary)) {
    throw new Error(`vigie binary not found at ${binary}: build it (cmake --build build --target vigie) ` +
                    'and pass its path in VIGIE_BINARY or as the first argument.');
  }
  return binary;
}

// --- Server and browser lifetime ---------------------------------------------------------

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForHealth(base, server, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vigie serve exited early (code ${server.exitCode})`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`vigie serve did not answer ${base}/healthz within ${deadlineMs} ms`);
}

// One per test file (each file runs in its own process under `node --test`).
// `deps`: loadDependencies(); `base`: the server's address; `context`: Chromium's
// persistent context; `serverLog`: the last 20 kB the server printed.
// `dataDir`: the server's data directory (its SQLite database).
export const state = { tempDirs: [], server: null, serverLog: '', context: null, base: '', deps: null, dataDir: '' };

function removeTempDirs() {
  for (const dir of state.tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Last resort when the runner itself is stopped (ctest timeout, Ctrl-C): no orphan
// server, no temp dirs left behind.
function emergencyCleanup() {
  if (state.server && state.server.exitCode === null) state.server.kill('SIGKILL');
  removeTempDirs();
}

// Registers the before/after hooks that start `vigie demo` + `vigie serve` on a free
// port of 127.0.0.1 and Chromium, and stop them (the server must stop cleanly on
// SIGTERM). `contextOptions` are added to Chromium's context options (a userAgent...).
// Returns `state`, filled in once the before hook has run.
export function useVigieServer({ contextOptions = {} } = {}) {
  process.once('exit', emergencyCleanup);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      emergencyCleanup();
      process.exit(130);
    });
  }

  before(async () => {
    state.deps = loadDependencies();
    assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (scripts/install-deps.sh)`);
    const binary = vigieBinary();

    const dataDir = mkdtempSync(path.join(tmpdir(), 'vigie-e2e-data-'));
    state.tempDirs.push(dataDir);
    state.dataDir = dataDir;
    const profileDir = mkdtempSync(path.join(tmpdir(), 'vigie-e2e-chromium-'));
    state.tempDirs.push(profileDir);

    const demo = spawnSync(binary, ['demo', '--data-dir', dataDir], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(demo.status, 0, `vigie demo failed (${demo.status}):\n${demo.stdout}\n${demo.stderr}`);

    const port = await freePort();
    state.base = `http://127.0.0.1:${port}`;
    state.server = spawn(binary, ['serve', '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`],
                         { stdio: ['ignore', 'pipe', 'pipe'] });
    const keep = (chunk) => { state.serverLog = (state.serverLog + chunk).slice(-20_000); };
    state.server.stdout.on('data', keep);
    state.server.stderr.on('data', keep);
    await waitForHealth(state.base, state.server, 10_000);

    state.context = await state.deps.chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: 'fr-FR',
      viewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
             '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      ...contextOptions,
    });
    state.context.setDefaultTimeout(10_000);
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
  });

  after(async () => {
    const problems = [];
    try {
      if (state.context) await state.context.close();
    } catch (e) {
      problems.push(`closing Chromium: ${e.message}`);
    }
    if (state.server && state.server.exitCode === null) {
      const exited = new Promise((resolve) => state.server.once('exit', (code, signal) => resolve({ code, signal })));
      state.server.kill('SIGTERM');
      let timer;
      const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve(null), 15_000); });
      const result = await Promise.race([exited, timeout]);
      clearTimeout(timer);
      if (result === null) {
        state.server.kill('SIGKILL');
        problems.push('vigie serve did not stop within 15 s of SIGTERM');
      } else if (result.code !== 0) {
        problems.push(`vigie serve did not stop cleanly on SIGTERM (code ${result.code}, signal ${result.signal})`);
      }
    }
    removeTempDirs();
    if (problems.length) {
      throw new Error(`${problems.join('\n')}\n--- server output ---\n${state.serverLog}`);
    }
  });

  return state;
}

// --- Per-page checks ------------------------------------------------------------------

export const axeReport = [];

// Opens a tab that records console errors and uncaught exceptions.
export async function openPage() {
  const page = await state.context.newPage();
  page.consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.consoleErrors.push({ text: `console.error: ${msg.text()}`, url: msg.location().url || '' });
  });
  page.on('pageerror', (err) => page.consoleErrors.push({ text: `uncaught exception: ${err.message}`, url: '' }));
  return page;
}

// The checks every page gets: lang="fr", one <h1>, no console error since the last
// check, and no serious or critical axe-core violation. `documentStatus`: the HTTP
// status the page itself is expected to have when it is not 2xx (a form refused with
// 422): Chromium logs "Failed to load resource" for such a document, which is expected.
//
// How axe is injected: the pages send `Content-Security-Policy: script-src 'self'`, so
// `page.addScriptTag({path})` (an inline <script> with the file's content) is refused by
// Chromium, and a console error about it would be reported. `page.evaluate(source)`
// runs the source through the DevTools protocol, which the page's CSP does not govern:
// axe runs in the real page, with the real CSP still enforced for everything else
// (`bypassCSP: true` would switch the CSP off for the whole test and hide real
// violations of it by the application's own markup).
export async function checkPage(page, label, { documentStatus, resourceStatus } = {}) {
  await page.waitForLoadState('load');
  const where = `${label} (${new URL(page.url()).pathname})`;

  assert.equal(await page.locator('html').getAttribute('lang'), 'fr', `${where}: <html lang> must be "fr"`);
  const h1 = page.getByRole('heading', { level: 1 });
  assert.equal(await h1.count(), 1, `${where}: expected exactly one <h1>, found ${await h1.count()}`);

  // In-page links (skip link, error summary) must lead somewhere.
  const brokenAnchors = await page.evaluate(() => [...document.querySelectorAll('a[href^="#"]')]
    .map((a) => a.getAttribute('href').slice(1))
    .filter((id) => id && !document.getElementById(decodeURIComponent(id))));
  assert.deepEqual(brokenAnchors, [], `${where}: in-page links to missing ids`);

  if (SCREENSHOTS) {
    const file = `${String(axeReport.length + 1).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-')}.png`;
    await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true, timeout: 60_000 });
  }

  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(state.deps.axeSource);
  }
  const results = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'] }).then((r) => ({
      passes: r.passes.length,
      violations: r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        targets: v.nodes.map((n) => n.target.join(' ')),
      })),
    })));
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  axeReport.push({ page: where, passes: results.passes, violations: results.violations });
  assert.deepEqual(blocking.map((v) => `${v.impact} ${v.id}: ${v.help}\n    at ${v.targets.join('\n    at ')}\n    see ${v.helpUrl}`), [],
                   `${where}: axe-core found serious or critical accessibility violations`);

  const expected = documentStatus &&
    `console.error: Failed to load resource: the server responded with a status of ${documentStatus} `;
  // `resourceStatus`: a fetch the page makes is expected to get this status (a 409
  // conflict the page then shows); Chromium logs it as a failed resource.
  const expectedFetch = resourceStatus &&
    `console.error: Failed to load resource: the server responded with a status of ${resourceStatus} `;
  const errors = page.consoleErrors.splice(0)
    .filter((e) => !(expected && e.url === page.url() && e.text.startsWith(expected)))
    .filter((e) => !(expectedFetch && e.url !== page.url() && e.text.startsWith(expectedFetch)))
    .map((e) => `${e.text}${e.url ? ` (${e.url})` : ''}`);
  assert.deepEqual(errors, [], `${where}: the page logged errors`);
}

export async function pageHeading(page) {
  return (await page.getByRole('heading', { level: 1 }).innerText()).trim();
}

// The axe results of every page checked so far, as test diagnostics.
export function reportAxe(t) {
  for (const r of axeReport) {
    t.diagnostic(`axe ${r.page}: ${r.passes} rules passed, ${r.violations.length} violation(s)`);
    for (const v of r.violations) t.diagnostic(`  ${v.impact} ${v.id}: ${v.help} -> ${v.targets.join(', ')}`);
  }
}
