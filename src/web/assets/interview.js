// Interview page of the maturity diagnostic: each answer is saved as soon as it is
// chosen (no page reload), with the revision the page last saw, so that a change
// made meanwhile by someone else is shown instead of being overwritten. Single keys
// answer the focused question: 0–3, "?" (don't know), "n" (not applicable).
// Without JavaScript, each question's form posts to the server instead.
(function () {
  'use strict';
  var root = document.querySelector('.interview[data-diagnostic]');
  if (!root) return;
  var diagnostic = root.getAttribute('data-diagnostic');
  var token = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

  function status(form, text, kind) {
    var el = form.querySelector('.save-status');
    if (!el) return;
    el.textContent = text;
    el.classList.toggle('is-saved', kind === 'saved');
  }

  function selected(form) {
    var checked = form.querySelector('input[name="answer"]:checked');
    return checked ? checked.value : null;
  }

  function save(form) {
    var answer = selected(form);
    if (answer === null) return;
    var question = form.getAttribute('data-question');
    var body = {
      answer: answer,
      comment: form.querySelector('textarea[name="comment"]').value,
      evidence: form.querySelector('textarea[name="evidence"]').value,
      revision: parseInt(form.getAttribute('data-revision') || '0', 10)
    };
    status(form, 'Enregistrement…', 'pending');
    fetch('/api/v1/diagnostics/' + encodeURIComponent(diagnostic) + '/answers/' + encodeURIComponent(question), {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token, 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    }).then(function (result) {
      if (result.status === 200) {
        setRevision(form, result.data.revision);
        status(form, 'Enregistré', 'saved');
      } else if (result.status === 409 && result.data.current) {
        var current = result.data.current;
        setRevision(form, current.revision);
        var radio = form.querySelector('input[name="answer"][value="' + current.answer + '"]');
        if (radio) radio.checked = true;
        form.querySelector('textarea[name="comment"]').value = current.comment || '';
        form.querySelector('textarea[name="evidence"]').value = current.evidence || '';
        status(form, 'Modifiée entre-temps par une autre personne : voici sa réponse. Choisissez à nouveau si besoin.', 'conflict');
      } else {
        status(form, (result.data.error && result.data.error.message) || 'Non enregistré : réessayez.', 'error');
      }
    }).catch(function () {
      status(form, 'Non enregistré (connexion perdue) : réessayez.', 'error');
    });
  }

  function setRevision(form, revision) {
    form.setAttribute('data-revision', String(revision));
    var hidden = form.querySelector('input[name="revision"]');
    if (hidden) hidden.value = String(revision);
  }

  var forms = root.querySelectorAll('form.question');
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener('change', function (event) {
      if (event.target.name === 'answer' || event.target.tagName === 'TEXTAREA') save(form);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      save(form);
    });
    form.addEventListener('keydown', function (event) {
      var tag = event.target.tagName;
      if (tag === 'TEXTAREA' || tag === 'INPUT' && event.target.type === 'text') return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      var key = event.key === 'N' ? 'n' : event.key;
      var radio = form.querySelector('input[name="answer"][data-key="' + (key === '"' ? '' : key) + '"]');
      if (!radio || radio.disabled) return;
      event.preventDefault();
      radio.checked = true;
      radio.focus();
      save(form);
    });
  });
})();
