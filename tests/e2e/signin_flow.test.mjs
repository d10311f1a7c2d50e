// Browser end-to-end test of Vigie: a CRRC consultant signs in, enrols the second
// factor, creates a structure (after one refused attempt) and signs out, in Debian's
// Chromium driven by playwright-core. Every page visited is checked with axe-core
// (no "serious" or "critical" violation), for lang="fr", exactly one <h1> and no
// console error.
//
// Run:  VIGIE_BINARY=build/vigie node --test tests/e2e/signin_flow.test.mjs
//   or: node tests/e2e/signin_flow.test.mjs build/vigie
// (ctest: `ctest --test-dir build -L e2e`). Needs tests/e2e/node_modules (`npm ci`,
// done by scripts/install-deps.sh) and /usr/bin/chromium (Debian package chromium).
// VIGIE_E2E_SCREENSHOTS=DIR saves a full-page PNG of every page checked. The server,
// the browser and the per-page checks are in e2e_support.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PASSWORD, checkPage, openPage, pageHeading, reportAxe, useVigieServer } from './e2e_support.mjs';

const CONSULTANT = 'consultant@vigie.example';

// --- TOTP (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits) ----------------------------------

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of clean) {
    const index = alphabet.indexOf(ch);
    if (index < 0) throw new Error(`invalid base32 character ${JSON.stringify(ch)}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function totp(secretBase32, unixSeconds = Date.now() / 1000) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', base32Decode(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const number = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(number).padStart(6, '0');
}

// A FINESS number: 9 digits whose last one is a Luhn key (the key itself not doubled).
function withFinessKey(eightDigits) {
  let sum = 0;
  [...eightDigits].forEach((c, i) => {
    let d = Number(c);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  return eightDigits + String((10 - (sum % 10)) % 10);
}

// --- Server and browser (e2e_support.mjs) ------------------------------------------------

const state = useVigieServer();

// --- Tests ----------------------------------------------------------------------------

test('sign-in page works from the keyboard', { timeout: 30_000 }, async () => {
  const page = await openPage();
  try {
    await page.goto(`${state.base}/connexion`);
    await checkPage(page, 'sign-in (keyboard test)');

    // The first tab stop is the skip link, visible when focused.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    assert.ok(await skip.evaluate((el) => el === document.activeElement), 'first Tab must reach the skip link');
    const box = await skip.boundingBox();
    assert.ok(box && box.y >= 0 && box.height > 0, 'the focused skip link must be visible');

    // The skip link moves focus to <main>; the next Tab reaches the email field.
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MAIN', 'the skip link must focus <main>');
    await page.keyboard.press('Tab');
    assert.ok(await page.getByLabel('Adresse électronique').evaluate((el) => el === document.activeElement),
              'Tab after the skip link must reach the email field first');
    await page.keyboard.press('Tab');
    assert.ok(await page.getByLabel('Mot de passe', { exact: true }).evaluate((el) => el === document.activeElement),
              'then the password field');
    await page.keyboard.press('Tab');
    assert.ok(await page.getByRole('button', { name: 'Se connecter' }).evaluate((el) => el === document.activeElement),
              'then the sign-in button');
    assert.deepEqual(page.consoleErrors.map((e) => e.text), []);
  } finally {
    await page.close();
  }
});

test('a consultant enrols the second factor, creates a structure and signs out', { timeout: 60_000 }, async (t) => {
  const page = await openPage();
  try {
    // Sign in.
    await page.goto(`${state.base}/connexion`);
    await checkPage(page, 'sign-in');
    await page.getByLabel('Adresse électronique').fill(CONSULTANT);
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    // Staff must enrol TOTP first.
    await page.waitForURL('**/profil/double-authentification');
    assert.equal(await pageHeading(page), 'Activer la double authentification');
    await checkPage(page, 'MFA enrolment');
    const grouped = (await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).innerText()).trim();
    const secret = grouped.replace(/\s/g, '');
    const otpauth = await page.getByRole('link', { name: /ouvrez ce lien/ }).getAttribute('href');
    assert.equal(new URL(otpauth).searchParams.get('secret'), secret, 'the key shown and the otpauth link must agree');

    await page.getByLabel('Code à 6 chiffres').fill(totp(secret));
    await page.getByRole('button', { name: 'Activer la double authentification' }).click();

    // Recovery codes.
    await page.getByRole('heading', { level: 1, name: 'Vos codes de secours' }).waitFor();
    await checkPage(page, 'recovery codes');
    const codes = await page.getByRole('main').getByRole('listitem').allInnerTexts();
    assert.equal(codes.length, 10, `expected 10 recovery codes, got ${JSON.stringify(codes)}`);
    assert.equal(new Set(codes).size, 10, 'recovery codes must differ');
    await page.getByRole('link', { name: 'Continuer vers le tableau de bord' }).click();

    // Dashboard, then Structures.
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
    await checkPage(page, 'dashboard');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Structures' }).click();
    await page.getByRole('heading', { level: 1, name: 'Structures' }).waitFor();
    await checkPage(page, 'structures');
    await page.getByRole('main').getByRole('link', { name: 'Créer une structure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle structure' }).waitFor();
    await checkPage(page, 'new structure form');

    // Fill the form, with a FINESS whose key is wrong.
    const name = `EHPAD Les Glycines ${Date.now() % 100000}`;
    const validFiness = withFinessKey('21000987');
    const wrongFiness = validFiness.slice(0, 8) + String((Number(validFiness[8]) + 1) % 10);
    const form = {
      name: page.getByLabel('Nom de la structure', { exact: true }),
      finess: page.getByLabel('Numéro FINESS (établissement)'),
      category: page.getByLabel('Catégorie', { exact: true }),
      department: page.getByLabel('Département', { exact: true }),
      capacity: page.getByLabel('Capacité (places ou personnes accompagnées)'),
      staff: page.getByLabel('Nombre de salariés', { exact: true }),
      workstations: page.getByLabel('Nombre de postes informatiques'),
      inHouse: page.getByRole('group', { name: 'Organisation informatique' }).getByRole('radio', { name: 'Informatique interne' }),
      autonomous: page.getByRole('group', { name: "Mode d'accès aux services" }).getByRole('radio', { name: 'Autonome' }),
    };
    await form.name.fill(name);
    await form.finess.fill(wrongFiness);
    await form.category.selectOption({ label: 'Résidence autonomie' });
    await form.department.selectOption({ label: "21 — Côte-d'Or" });
    await form.capacity.fill('84');
    await form.staff.fill('52');
    await form.workstations.fill('17');
    await form.inHouse.check();
    await form.autonomous.check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    // Refused: the French message is next to the field and everything typed is kept.
    const finessMessage = 'La clé du numéro FINESS (dernier chiffre) ne correspond pas : vérifiez la saisie.';
    const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Le formulaire contient une erreur' }) });
    await summary.waitFor();
    await checkPage(page, 'new structure form with an error', { documentStatus: 422 });
    assert.equal(await form.finess.getAttribute('aria-invalid'), 'true');
    const description = await form.finess.evaluate((el) =>
      (el.getAttribute('aria-describedby') || '').split(/\s+/).map((id) => document.getElementById(id)?.textContent.trim()).join(' | '));
    assert.ok(description.includes(finessMessage), `the FINESS field must be described by its error, got: ${description}`);
    // Shown twice: in the error summary (a link to the field) and in the field's own block.
    const placements = await page.getByRole('main').getByText(finessMessage, { exact: true }).evaluateAll((els) =>
      els.map((el) => (el.closest('a') ? 'summary link' : el.parentElement.querySelector('#finess') ? 'next to the field' : 'elsewhere')));
    assert.deepEqual(placements.sort(), ['next to the field', 'summary link']);
    const summaryLink = summary.getByRole('link', { name: finessMessage });
    assert.equal(await summaryLink.getAttribute('href'), '#finess', 'the error summary must link to the field');
    assert.equal(await form.name.inputValue(), name);
    assert.equal(await form.finess.inputValue(), wrongFiness);
    assert.equal(await form.category.evaluate((el) => el.selectedOptions[0].textContent), 'Résidence autonomie');
    assert.equal(await form.department.evaluate((el) => el.selectedOptions[0].textContent), "21 — Côte-d'Or");
    assert.equal(await form.capacity.inputValue(), '84');
    assert.equal(await form.staff.inputValue(), '52');
    assert.equal(await form.workstations.inputValue(), '17');
    assert.ok(await form.inHouse.isChecked(), 'the IT organisation choice must be kept');
    assert.ok(await form.autonomous.isChecked(), 'the access mode choice must be kept');

    // Correct the FINESS and submit.
    await form.finess.fill(validFiness);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/structures\/[^/]+$/);
    const success = page.getByRole('status').filter({ hasText: `La structure « ${name} » a été créée.` });
    assert.equal(await success.count(), 1, 'a success message must be shown');
    assert.equal(await page.getByRole('definition').filter({ hasText: validFiness }).count(), 1, 'the FINESS must be shown');
    await checkPage(page, 'structure page');

    // Start a maturity diagnostic: context sheet, then the interview with the keyboard.
    await page.getByRole('button', { name: 'Démarrer un diagnostic' }).click();
    await page.getByRole('button', { name: 'Enregistrer et passer à l’entretien' }).waitFor();
    await checkPage(page, 'diagnostic context sheet');
    await page.getByRole('button', { name: 'Enregistrer et passer à l’entretien' }).click();
    await page.getByRole('navigation', { name: 'Domaines du diagnostic' }).waitFor();
    await checkPage(page, 'diagnostic interview');
    const questions = page.locator('form.question');
    const first = questions.nth(0);
    const second = questions.nth(1);
    await first.locator('input[type="radio"]').first().focus();
    await page.keyboard.press('2');
    await first.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
    assert.ok(await first.locator('input[value="2"]').isChecked(), 'the key 2 answers level 2');
    await second.locator('input[type="radio"]').first().focus();
    await page.keyboard.press('?');
    await second.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
    await page.reload();
    assert.ok(await page.locator('form.question').nth(0).locator('input[value="2"]').isChecked(), 'answers survive a reload');
    assert.ok(await page.locator('form.question').nth(1).locator('input[value="?"]').isChecked());
    await checkPage(page, 'diagnostic interview after reload');

    // Two people on the same question: the second one's page is stale. Their answer is
    // refused and the page shows the first one's instead of silently overwriting it.
    const other = await openPage();
    try {
      await other.goto(page.url());
      const third = page.locator('form.question').nth(2);
      const staleThird = other.locator('form.question').nth(2);
      await third.locator('input[name="answer"][value="1"]').check();
      await third.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
      // click(), not check(): the page itself puts the saved answer back at once.
      await staleThird.locator('input[name="answer"][value="3"]').click();
      await staleThird.getByRole('status').filter({ hasText: 'Modifiée entre-temps par une autre personne' }).waitFor();
      assert.ok(await staleThird.locator('input[name="answer"][value="1"]').isChecked(), 'the stale page now shows the saved answer');
      await checkPage(other, 'diagnostic interview after a conflict', { resourceStatus: 409 });
      await staleThird.locator('input[name="answer"][value="3"]').check();  // a deliberate second choice wins
      await staleThird.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
    } finally {
      await other.close();
    }
    await page.getByRole('link', { name: '3. Restitution' }).click();
    await page.getByRole('heading', { level: 2, name: 'Les mesures prioritaires' }).waitFor();
    await checkPage(page, 'diagnostic restitution');

    // Sign out.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/connexion');
    assert.equal(await pageHeading(page), 'Connexion');
    assert.equal(await page.getByRole('status').filter({ hasText: 'Vous êtes déconnecté.' }).count(), 1);
    await checkPage(page, 'sign-in after sign-out');
  } catch (e) {
    const shot = path.join(tmpdir(), `vigie-e2e-failure-${process.pid}.png`);
    await page.screenshot({ path: shot, fullPage: true }).then(() => t.diagnostic(`failure screenshot: ${shot}`), () => {});
    throw e;
  } finally {
    await page.close();
    reportAxe(t);
  }
});

test('a director follows the action plan up', { timeout: 180_000 }, async (t) => {
  const page = await openPage();
  try {
    await page.goto(`${state.base}/connexion`);
    await page.getByLabel('Adresse électronique').fill('direction@tilleuls.example');
    await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 2, name: 'Plan d’action' }).waitFor();
    await checkPage(page, 'director dashboard with the plan');
    await page.getByRole('link', { name: 'Ouvrir le plan d’action' }).click();
    assert.equal(await pageHeading(page), 'Plan d’action — EHPAD Les Tilleuls');
    await checkPage(page, 'action plan by priority');
    await page.getByRole('link', { name: 'En retard' }).click();
    await page.getByRole('heading', { level: 2, name: 'Actions en retard' }).waitFor();
    await checkPage(page, 'action plan, overdue');
    await page.getByRole('link', { name: 'Par responsable' }).click();
    await checkPage(page, 'action plan by owner');
    await page.locator('table a[href^="/plan-action/"]').first().click();
    await page.getByRole('heading', { level: 2, name: 'Historique' }).waitFor();
    await checkPage(page, 'action item');

    // Abandoning without a reason is refused, with the field named; then saved.
    await page.getByLabel('Statut').selectOption({ label: 'Abandonné' });
    await page.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await page.getByRole('alert').filter({ hasText: 'Indiquez pourquoi cette mesure est abandonnée.' }).first().waitFor();
    await checkPage(page, 'action item refused', { documentStatus: 422 });
    await page.getByLabel('Statut').selectOption({ label: 'En cours' });
    await page.getByLabel('Avancement (en %)').fill('50');
    await page.getByLabel('Commentaire de suivi').fill('Rendez-vous pris avec le prestataire : « mardi ».');
    await page.getByRole('button', { name: 'Enregistrer le suivi' }).click();
    await page.getByRole('status').filter({ hasText: 'Suivi de l’action enregistré.' }).waitFor();
    await checkPage(page, 'action plan after an update');

    // The tracker, downloaded from the plan page, sent back unchanged: the preview says
    // it changes nothing and offers nothing to apply.
    const trackerHref = await page.getByRole('link', { name: 'Télécharger le fichier de suivi (Excel)' }).getAttribute('href');
    const tracker = await page.request.get(`${state.base}${trackerHref}`);
    assert.equal(tracker.status(), 200);
    const workbook = await tracker.body();
    assert.equal(workbook.subarray(0, 2).toString(), 'PK', 'the tracker is a zip (XLSX)');
    await page.getByRole('link', { name: 'Importer le fichier de suivi' }).click();
    await checkPage(page, 'tracker import');
    await page.getByLabel('Fichier de suivi (.xlsx)').setInputFiles({
      name: 'suivi.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await page.getByText('Ce fichier ne change rien au plan d’action.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Appliquer ces changements' }).isVisible(), false);
    await checkPage(page, 'tracker import preview');

    // The deliverables of the validated diagnostic, and the report read in the browser.
    await page.goto(`${state.base}/`);
    await page.getByRole('link', { name: 'Voir la fiche de la structure' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Validé le' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 2, name: 'Documents remis à la structure' }).waitFor();
    await checkPage(page, 'locked diagnostic with its documents');
    const pdf = await page.request.get(`${state.base}${await page.getByRole('link', { name: 'Rapport complet (PDF)' }).getAttribute('href')}`);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    await page.getByRole('link', { name: 'le lire dans le navigateur' }).click();
    await page.getByRole('heading', { level: 2, name: '7. Glossaire' }).waitFor();
    await checkPage(page, 'full report in HTML');

    // Awareness recipients: the structure's groups, a group, a refused address.
    await page.goto(`${state.base}/`);
    await page.getByRole('link', { name: 'Voir la fiche de la structure' }).click();
    await page.getByRole('link', { name: 'Destinataires des simulations et des formations' }).click();
    await checkPage(page, 'recipient groups');
    await page.getByRole('link', { name: 'Équipe soignante' }).click();
    await page.getByRole('heading', { level: 2, name: 'Membres' }).waitFor();
    await checkPage(page, 'recipient group');
    await page.getByLabel('Adresse électronique').fill('pas-une-adresse');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await page.locator('.field-error').filter({ hasText: 'n’est pas une adresse' }).or(
      page.locator('.field-error').filter({ hasText: "n'est pas une adresse" })).first().waitFor();
    await checkPage(page, 'recipient refused', { documentStatus: 422 });
    await page.getByRole('link', { name: 'Importer une liste (CSV ou Excel)' }).click();
    await checkPage(page, 'recipient import');
    await page.getByLabel('Liste du personnel (.csv ou .xlsx)').setInputFiles({
      name: 'liste.csv', mimeType: 'text/csv',
      buffer: Buffer.from('Adresse électronique;Prénom;Nom\r\nnouvelle.recrue@tilleuls.example;Nina;Perrin\r\n', 'utf8') });
    await page.getByRole('button', { name: 'Vérifier la liste' }).click();
    await page.getByText(/1 personne\(s\) à ajouter/).waitFor();
    await checkPage(page, 'recipient import report');
    await page.getByRole('button', { name: 'Enregistrer ces personnes' }).click();
    await page.getByText('Liste enregistrée : 1 personne(s) ajoutée(s), 0 mise(s) à jour.').waitFor();

    // The catalogue of simulation e-mails and one preview with its clues highlighted.
    await page.getByRole('link', { name: 'Modèles de simulation', exact: true }).click();
    await checkPage(page, 'phishing templates');
    await page.getByRole('link', { name: /mot de passe/i }).first().click();
    await page.getByRole('heading', { level: 2, name: 'La fausse page de connexion' }).waitFor();
    assert.ok(await page.locator('mark').count() >= 2, 'the clues are highlighted in the e-mail');
    await checkPage(page, 'phishing template preview');

    // Sending profiles: a refused form names its fields.
    await page.goto(`${state.base}/`);
    await page.getByRole('link', { name: 'Voir la fiche de la structure' }).click();
    await page.getByRole('link', { name: 'Profils d’envoi des simulations' }).click();
    await checkPage(page, 'sending profiles');
    await page.getByLabel('Nom du profil').fill('Relais du prestataire');
    await page.getByRole('button', { name: 'Créer le profil' }).click();
    await page.getByRole('alert').filter({ hasText: 'Indiquez le nom du serveur d’envoi' }).or(
      page.getByRole('alert').filter({ hasText: "Indiquez le nom du serveur d'envoi" })).first().waitFor();
    await checkPage(page, 'sending profile refused', { documentStatus: 422 });
  } catch (e) {
    const shot = path.join(tmpdir(), `vigie-e2e-failure-plan-${process.pid}.png`);
    await page.screenshot({ path: shot, fullPage: true }).then(() => t.diagnostic(`failure screenshot: ${shot}`), () => {});
    throw e;
  } finally {
    await page.close();
  }
});
