// The two-step upload shared by the imports (action-plan tracker, recipient lists):
// the chosen file is sent as is to a preview endpoint (nothing is saved), the page
// renders the report, and only then an "apply" button sends the same file again to
// save it all or nothing. The pages give their own rendering and wording.
window.VigieUpload = (function () {
  'use strict';
  var token = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';

  function send(url, file) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': token, 'Accept': 'application/json' },
      body: file
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    });
  }

  // options: form, input, status (line under the form), report (section shown after
  // the preview), heading (focused then), summary, apply (button), checking (text),
  // previewUrl(file), applyUrl(file), onPreview(data) -> {text, canApply},
  // onApplied(data) -> text, lost (message when the connection fails).
  function wire(o) {
    var file = null;
    o.form.addEventListener('submit', function (event) {
      event.preventDefault();
      file = o.input.files && o.input.files[0];
      if (!file) return;
      o.status.textContent = o.checking;
      o.apply.hidden = true;
      send(o.previewUrl(file), file).then(function (result) {
        var d = result.data;
        if (!d || d.error) {
          o.status.textContent = (d && d.error && d.error.message) || o.lost;
          return;
        }
        o.status.textContent = '';
        o.report.hidden = false;
        var shown = o.onPreview(d);
        o.summary.textContent = shown.text;
        o.summary.removeAttribute('role');
        o.apply.hidden = !shown.canApply;
        o.heading.focus();
      }).catch(function () {
        o.status.textContent = o.lost;
      });
    });
    o.apply.addEventListener('click', function () {
      o.apply.disabled = true;
      send(o.applyUrl(file), file).then(function (result) {
        o.apply.disabled = false;
        if (result.status === 200) {
          o.apply.hidden = true;
          o.summary.textContent = o.onApplied(result.data);
          o.summary.setAttribute('role', 'status');
        } else {
          o.summary.textContent = (result.data.error && result.data.error.message) || 'Rien n’a été enregistré : réessayez.';
          o.summary.setAttribute('role', 'alert');
        }
      }).catch(function () {
        o.apply.disabled = false;
        o.summary.textContent = 'Rien n’a été enregistré (connexion perdue) : réessayez.';
      });
    });
  }

  return { wire: wire };
}());
