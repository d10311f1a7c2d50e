// Import of a staff list into a recipient group (see upload_preview.js): the report
// lists errors and warnings by line and column; only a clean file can be saved.
// Texts from the file go in with textContent.
(function () {
  'use strict';
  var root = document.querySelector('.recipient-import[data-group]');
  if (!root || !window.VigieUpload) return;
  var base = '/api/v1/recipient-groups/' + encodeURIComponent(root.getAttribute('data-group')) + '/import';
  var problemsBox = document.getElementById('import-problems');

  function showProblems(problems) {
    problemsBox.textContent = '';
    if (!problems.length) return;
    var list = document.createElement('ul');
    problems.forEach(function (p) {
      var item = document.createElement('li');
      var where = p.line ? 'Ligne ' + p.line + (p.column ? ', colonne « ' + p.column + ' »' : '') + ' : ' : '';
      item.textContent = (p.severity === 'error' ? 'Erreur — ' : 'Attention — ') + where + p.message +
        (p.value ? ' (« ' + p.value + ' »)' : '');
      list.appendChild(item);
    });
    problemsBox.appendChild(list);
  }

  window.VigieUpload.wire({
    form: document.getElementById('import-form'),
    input: document.getElementById('import-file'),
    status: document.getElementById('import-status'),
    report: document.getElementById('import-report'),
    heading: document.getElementById('rapport'),
    summary: document.getElementById('import-summary'),
    apply: document.getElementById('import-apply'),
    checking: 'Vérification de la liste…',
    lost: 'La liste n’a pas pu être vérifiée (connexion perdue ?) : réessayez.',
    previewUrl: function (file) { return base + '/preview?name=' + encodeURIComponent(file.name); },
    applyUrl: function (file) { return base + '?name=' + encodeURIComponent(file.name); },
    onPreview: function (d) {
      showProblems(d.problems || []);
      return {
        text: d.source + ' : ' + d.rows_read + ' ligne(s) lue(s), ' + d.new + ' personne(s) à ajouter, ' +
          d.updates + ' à mettre à jour, ' + d.errors + ' erreur(s), ' + d.warnings + ' avertissement(s).' +
          (d.ok ? '' : ' Rien ne sera enregistré tant que les erreurs ne sont pas corrigées dans le fichier.'),
        canApply: d.ok && (d.new + d.updates) > 0
      };
    },
    onApplied: function (d) {
      problemsBox.textContent = '';
      return 'Liste enregistrée : ' + d.added + ' personne(s) ajoutée(s), ' + d.updated + ' mise(s) à jour.';
    }
  });
}());
