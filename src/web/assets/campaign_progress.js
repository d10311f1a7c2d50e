// Live sending progress on a campaign page: while the campaign is sending, asks the API
// for its counts every few seconds and updates the progress bar and its text. Without
// JavaScript the page shows the counts of the moment it was loaded.
(function () {
  'use strict';
  var panel = document.querySelector('[data-campaign-progress]');
  if (!panel || panel.getAttribute('data-live') !== '1') return;
  var id = panel.getAttribute('data-campaign-progress');
  var bar = panel.querySelector('progress');
  var text = panel.querySelector('[data-progress-text]');
  function refresh() {
    fetch('/api/v1/campaigns/' + encodeURIComponent(id), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (c) {
        if (!c) return;
        var p = c.progress;
        var done = p.sent + p.failed;
        var percent = p.total ? Math.floor(done * 100 / p.total) : 0;
        bar.value = percent;
        bar.textContent = percent + ' %';
        text.textContent = p.sent + ' envoyé(s), ' + p.failed + ' en échec, ' + (p.pending + p.sending) +
          ' à envoyer sur ' + p.total;
        if (c.status === 'sending') window.setTimeout(refresh, 3000);
      })
      .catch(function () { window.setTimeout(refresh, 10000); });
  }
  window.setTimeout(refresh, 3000);
})();
