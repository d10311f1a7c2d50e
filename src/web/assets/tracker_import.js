// Import of the action-plan tracker: the chosen file is sent as is to the API for a
// preview (nothing is written), the changes and the refused cells are listed, and
// only then "Appliquer" sends the same file again to apply it all or nothing. Every
// text from the file is inserted with textContent, never as HTML.
(function () {
  'use strict';
  var root = document.querySelector('.tracker-import[data-structure]');
  if (!root || !window.VigieUpload) return;
  var structure = root.getAttribute('data-structure');
  var form = document.getElementById('tracker-form');
  var input = document.getElementById('tracker-file');
  var statusLine = document.getElementById('tracker-status');
  var preview = document.getElementById('tracker-preview');
  var summary = document.getElementById('tracker-summary');
  var errorsBox = document.getElementById('tracker-errors');
  var changesBox = document.getElementById('tracker-changes');
  var applyButton = document.getElementById('tracker-apply');
  var base = '/api/v1/structures/' + encodeURIComponent(structure) + '/action-plan/tracker';

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
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

  window.VigieUpload.wire({
    form: form,
    input: input,
    status: statusLine,
    report: preview,
    heading: document.getElementById('apercu'),
    summary: summary,
    apply: applyButton,
    checking: 'Vérification du fichier…',
    lost: 'Le fichier n’a pas pu être vérifié (connexion perdue ?) : réessayez.',
    previewUrl: function () { return base + '/preview'; },
    applyUrl: function () { return base; },
    onPreview: function (d) {
      showErrors(d.errors || []);
      showChanges(d.items || []);
      var text = d.change_count === 0 ? 'Ce fichier ne change rien au plan d’action.'
        : d.change_count + ' modification(s) sur ' + d.items.length + ' action(s).';
      if (d.unchanged) text += ' ' + d.unchanged + ' ligne(s) sans changement.';
      return { text: text, canApply: d.ok && d.change_count > 0 };
    },
    onApplied: function (d) {
      changesBox.textContent = '';
      return 'Suivi importé : ' + d.applied_items + ' action(s) mise(s) à jour. ' +
        'L’historique de chaque action garde la trace des changements.';
    }
  });
}());
