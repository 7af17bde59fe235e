// Tenir parole — what the form editor adds to Decap CMS, loaded right after decap-cms.js
// (CMS is defined, the page not drawn yet).
(function () {
  'use strict';
  var CMS = window.CMS;
  if (!CMS) return;

  // A field emptied in the form is left out of the file, as if never written: the data files
  // refuse an empty text (« texte vide »), and Decap would write `site: ""`. A group of fields
  // left empty goes too; the items of a list always stay.
  function empties(value, path, found) {
    if (value === '' || value === null) return true;
    if (Array.isArray(value)) {
      value.forEach(function (item, i) {
        if (item && typeof item === 'object') empties(item, path.concat([i]), found);
      });
      return false;
    }
    if (typeof value !== 'object') return false;
    var all = true;
    Object.keys(value).forEach(function (key) {
      if (empties(value[key], path.concat([key]), found)) found.push(path.concat([key]));
      else all = false;
    });
    return all;
  }
  CMS.registerEventListener({
    name: 'preSave',
    handler: function (event) {
      var data = event.entry.get('data');
      var found = [];
      empties(data.toJS(), [], found);
      return found.reduce(function (kept, path) { return kept.deleteIn(path); }, data);
    },
  });

  // Nothing is « published » here: a save writes the file (or, on the forge, a commit).
  var fr = CMS.getLocale('fr');
  if (fr) {
    var bar = fr.editor.editorToolbar;
    bar.publish = 'Enregistrer';
    bar.publishNow = 'Enregistrer maintenant';
    bar.published = 'Enregistré';
    bar.publishing = 'Enregistrement…';
    bar.publishAndCreateNew = 'Enregistrer et en créer un autre';
    bar.publishAndDuplicate = 'Enregistrer et dupliquer';
    fr.ui.toast.onFailToPersist = '%{details}';  // the server's message says « Non enregistré »
    fr.ui.toast.entrySaved = 'Enregistré';
  }
  // Decap shows a refusal as String(error), « API_ERROR: … »: the message alone says it all.
  var toText = Error.prototype.toString;
  Error.prototype.toString = function () {
    return this && this.name === 'API_ERROR' && this.message ? String(this.message)
      : toText.call(this);
  };

  // A refused save: Decap's notice closes after 8 s; this one stays until the editor closes it
  // or saves again successfully, and lists every problem.
  var box = null;
  function hide() { if (box) { box.remove(); box = null; } }
  function show(summary, problems) {
    hide();
    box = document.createElement('div');
    box.id = 'tp-refus';
    box.setAttribute('role', 'alert');
    box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;z-index:100000;max-height:45vh;' +
      'overflow:auto;background:#fff4f4;border-top:4px solid #b3261e;color:#1a1a1a;' +
      'font:16px/1.45 system-ui,sans-serif;padding:12px 5.5em 12px 16px';
    var title = document.createElement('strong');
    title.textContent = summary;
    box.appendChild(title);
    var list = document.createElement('ul');
    list.style.cssText = 'margin:.5em 0 0;padding-left:1.4em';
    (problems || []).forEach(function (problem) {
      var item = document.createElement('li');
      item.textContent = problem;
      list.appendChild(item);
    });
    box.appendChild(list);
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Fermer';
    close.style.cssText = 'position:absolute;top:10px;right:12px;font:inherit;padding:.2em .6em';
    close.onclick = hide;
    box.appendChild(close);
    document.body.appendChild(box);
  }
  var realFetch = window.fetch.bind(window);
  window.fetch = function (input, init) {
    var action = null;
    try {
      var url = typeof input === 'string' ? input : input.url;
      if (new URL(url, location.href).pathname === '/api/v1' && init && init.body) {
        action = JSON.parse(init.body).action;
      }
    } catch (e) { action = null; }
    var answer = realFetch(input, init);
    if (action !== 'persistEntry' && action !== 'deleteFiles') return answer;
    return answer.then(function (response) {
      if (response.ok) {
        hide();
      } else {
        response.clone().json().then(function (body) {
          show(body.summary || body.error, body.problems);
        }, function () {
          show('Non enregistré : le serveur de l’éditeur a répondu ' + response.status + '.', []);
        });
      }
      return response;
    });
  };
})();
