/* Vigie: small progressive enhancement. No dependencies, no build step.
 * Loaded with <script src="/assets/vigie.js" defer>. Every page works without it:
 * this file only adds confirmations, clipboard copy, the folding navigation on small
 * screens, auto-submitting filters, error-summary focus and a JSON helper.
 *
 * Markup hooks (see docs/style-guide.md):
 *   data-confirm="Message"            on a form, a submit button or a link
 *   data-copy="text"                  on a <button type="button">
 *   button[aria-controls="nav"]       the "Menu" toggle (rendered with `hidden`)
 *   form.auto-submit                  a change on one of its <select> submits it
 *   .error-summary                    focused on load, its links focus their field
 *   window.vigie.csrfToken(), window.vigie.postJson(url, body), window.vigie.announce(text)
 */
(function () {
  'use strict';

  var doc = document;
  doc.documentElement.classList.add('js');

  // --- Live region for short announcements ("Copié") --------------------------------
  function liveRegion() {
    var el = doc.getElementById('vigie-live');
    if (!el) {
      el = doc.createElement('div');
      el.id = 'vigie-live';
      el.className = 'visually-hidden';
      el.setAttribute('aria-live', 'polite');
      doc.body.appendChild(el);
    }
    return el;
  }

  function announce(text) {
    var el = liveRegion();
    el.textContent = '';
    // A short delay makes screen readers notice a repeated identical message.
    window.setTimeout(function () { el.textContent = text; }, 50);
  }

  // --- (a) Confirmation before a destructive submit or link -------------------------
  // Safari before 15.4 has no SubmitEvent.submitter: remember the last clicked button.
  var lastSubmitter = null;
  doc.addEventListener('click', function (e) {
    var btn = e.target.closest && e.target.closest('button, input[type="submit"]');
    lastSubmitter = btn && btn.form ? btn : null;
  }, true);

  doc.addEventListener('submit', function (e) {
    var form = e.target;
    var submitter = e.submitter || (lastSubmitter && lastSubmitter.form === form ? lastSubmitter : null);
    var message = (submitter && submitter.getAttribute('data-confirm')) ||
                  form.getAttribute('data-confirm');
    lastSubmitter = null;
    if (message && !window.confirm(message)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, true);

  doc.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-confirm]');
    if (link && !window.confirm(link.getAttribute('data-confirm'))) {
      e.preventDefault();
    }
  });

  // --- (b) Copy to the clipboard ------------------------------------------------------
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return copyWithSelection(text);
  }

  // Fallback for plain-HTTP deployments or a refused permission: a temporary
  // off-screen textarea and the legacy copy command.
  function copyWithSelection(text) {
    return new Promise(function (resolve, reject) {
      var area = doc.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      doc.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = doc.execCommand('copy'); } catch (err) { ok = false; }
      doc.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error('copy failed')); }
    });
  }

  doc.addEventListener('click', function (e) {
    var el = e.target.closest && e.target.closest('[data-copy]');
    if (!el) { return; }
    e.preventDefault();
    copyText(el.getAttribute('data-copy')).then(function () {
      announce('Copié');
      el.classList.add('is-copied');
      window.setTimeout(function () { el.classList.remove('is-copied'); }, 2000);
    }, function () {
      announce('La copie n\u2019a pas fonctionné. Sélectionnez le texte et copiez-le avec Ctrl+C.');
    });
  });

  // --- (c) Navigation toggle on small screens ----------------------------------------
  function setupNavToggle() {
    var toggle = doc.querySelector('button[aria-controls="nav"]');
    var nav = doc.getElementById('nav');
    if (!toggle || !nav) { return; }
    toggle.hidden = false;
    toggle.setAttribute('aria-expanded', 'false');

    function setOpen(open) {
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('is-open', open);
    }
    toggle.addEventListener('click', function () {
      setOpen(toggle.getAttribute('aria-expanded') !== 'true');
    });
    // Escape closes the open menu and gives focus back to the toggle.
    nav.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && nav.classList.contains('is-open')) {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  // --- (d) Filters that submit on change ----------------------------------------------
  doc.addEventListener('change', function (e) {
    var field = e.target;
    if (field.tagName !== 'SELECT' || !field.form ||
        !field.form.classList.contains('auto-submit')) {
      return;
    }
    if (typeof field.form.requestSubmit === 'function') {
      field.form.requestSubmit();   // fires the submit event (data-confirm still applies)
    } else {
      field.form.submit();
    }
  });

  // --- Error summary: focus it on load, its links focus the field -------------------
  function setupErrorSummary() {
    var summary = doc.querySelector('.error-summary');
    if (!summary) { return; }
    if (!summary.hasAttribute('tabindex')) { summary.setAttribute('tabindex', '-1'); }
    summary.focus();
  }

  doc.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('.error-summary a[href^="#"]');
    if (!link) { return; }
    var target = doc.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!target) { return; }
    e.preventDefault();
    target.focus();
    if (target.scrollIntoView) { target.scrollIntoView({ block: 'center' }); }
  });

  // --- (e) CSRF token and JSON POST for later pages ----------------------------------
  function csrfToken() {
    var meta = doc.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute('content') || '' : '';
  }

  function errorMessage(data, status) {
    if (data && typeof data.message === 'string') { return data.message; }
    if (data && typeof data.error === 'string') { return data.error; }
    if (data && data.error && typeof data.error.message === 'string') { return data.error.message; }
    return 'La requête a échoué (code ' + status + ').';
  }

  // POST `body` as JSON; resolves with the parsed response (null when empty), rejects
  // with an Error carrying .status and .body when the server does not answer 2xx.
  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        'X-CSRF-Token': csrfToken()
      },
      body: JSON.stringify(body === undefined ? {} : body)
    }).then(function (res) {
      return res.text().then(function (text) {
        var data = null;
        if (text) {
          try { data = JSON.parse(text); } catch (err) { data = null; }
        }
        if (!res.ok) {
          var error = new Error(errorMessage(data, res.status));
          error.status = res.status;
          error.body = data;
          throw error;
        }
        return data;
      });
    });
  }

  window.vigie = { csrfToken: csrfToken, postJson: postJson, announce: announce };

  function init() {
    setupNavToggle();
    setupErrorSummary();
  }
  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
