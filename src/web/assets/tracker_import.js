// Import of the action-plan tracker: the chosen file is sent as is to the API for a
// preview (nothing is written), the changes and the refused cells are listed, and
// only then "Appliquer" sends the same file again to apply it all or nothing. Every
// text from the file is inserted with textContent, never as HTML.
(function () {
  'use strict';
  var root = document.querySelector('.tracker-import[data-structure]');
  if (!root) return;
  var structure = root.getAttribute('data-structure');
  var token = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  var form = document.getElementById('tracker-form');
  var input = document.getElementById('tracker-file');
  var statusLine = document.getElementById('tracker-status');
  var preview = document.getElementById('tracker-preview');
  var summary = document.getElementById('tracker-summary');
  var errorsBox = document.getElementById('tracker-errors');
  var changesBox = document.getElementById('tracker-changes');
  var applyButton = document.getElementById('tracker-apply');
  var base = '/api/v1/structures/' + encodeURIComponent(structure) + '/action-plan/tracker';
  var file = null;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function send(url) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': token, 'Accept': 'application/json' },
      body: file
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    });
  }

  function showErrors(list) {
    errorsBox.textContent = '';
    if (!list.length) return;
    var box = el('div', undefined, 'error-summary');
    box.setAttribute('role', 'alert');
    box.appendChild(el('h3', 'Cellules refusées : rien ne sera appliqué tant qu’elles ne sont pas corrigées'));
    var ul = el('ul');
    list.forEach(function (e) { ul.appendChild(el('li', e.text)); });
    box.appendChild(ul);
    errorsBox.appendChild(box);
  }

  function showChanges(items) {
    changesBox.textContent = '';
    if (!items.length) return;
    var wrap = el('div', undefined, 'table-wrap');
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', 'Changements lus dans le fichier');
    wrap.tabIndex = 0;
    var table = el('table', undefined, 'table');
    var head = el('tr');
    ['Ligne', 'Action', 'Colonne', 'Avant', 'Après'].forEach(function (h) {
      var th = el('th', h);
      th.scope = 'col';
      head.appendChild(th);
    });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = el('tbody');
    items.forEach(function (item) {
      item.changes.forEach(function (c) {
        var tr = el('tr');
        tr.appendChild(el('td', String(item.row)));
        tr.appendChild(el('td', item.title));
        tr.appendChild(el('td', c.header));
        tr.appendChild(el('td', c.old_display || '(vide)'));
        tr.appendChild(el('td', c.new_display || '(vide)'));
        tbody.appendChild(tr);
      });
    });
    table.appendChild(tbody);
    wrap.appendChild(table);
    changesBox.appendChild(wrap);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    file = input.files && input.files[0];
    if (!file) return;
    statusLine.textContent = 'Vérification du fichier…';
    applyButton.hidden = true;
    send(base + '/preview').then(function (result) {
      var d = result.data;
      if (!d || d.error) {
        statusLine.textContent = (d && d.error && d.error.message) || 'Le fichier n’a pas pu être vérifié.';
        return;
      }
      statusLine.textContent = '';
      preview.hidden = false;
      showErrors(d.errors || []);
      showChanges(d.items || []);
      var text = d.change_count === 0 ? 'Ce fichier ne change rien au plan d’action.'
        : d.change_count + ' modification(s) sur ' + d.items.length + ' action(s).';
      if (d.unchanged) text += ' ' + d.unchanged + ' ligne(s) sans changement.';
      summary.textContent = text;
      applyButton.hidden = !(d.ok && d.change_count > 0);
      document.getElementById('apercu').focus();
    }).catch(function () {
      statusLine.textContent = 'Le fichier n’a pas pu être envoyé (connexion perdue) : réessayez.';
    });
  });

  applyButton.addEventListener('click', function () {
    applyButton.disabled = true;
    send(base).then(function (result) {
      applyButton.disabled = false;
      if (result.status === 200) {
        applyButton.hidden = true;
        changesBox.textContent = '';
        summary.textContent = 'Suivi importé : ' + result.data.applied_items + ' action(s) mise(s) à jour. ' +
          'L’historique de chaque action garde la trace des changements.';
        summary.setAttribute('role', 'status');
      } else {
        summary.textContent = (result.data.error && result.data.error.message) || 'Rien n’a été appliqué : réessayez.';
        summary.setAttribute('role', 'alert');
      }
    }).catch(function () {
      applyButton.disabled = false;
      summary.textContent = 'Rien n’a été appliqué (connexion perdue) : réessayez.';
    });
  });
}());
