/*
 * The sandbox shell: lists the site's projects and issues, routes like Jira (#/project/KEY/program,
 * #/issue/KEY, #/apps/<module>, #/admin, #/dashboard), embeds Keystone's modules in iframes whose URLs
 * the sandbox signs as Jira would, and answers the AP calls that /sandbox/all.js posts from inside them.
 */
(function () {
  'use strict';
  var state = { site: null, user: null, theme: localStorage.getItem('sandbox-theme') || 'light', frames: {} };
  var $ = function (id) { return document.getElementById(id); };
  var esc = function (s) { return String(s == null ? '' : s).replace(/[&<>"]/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; }); };

  function api(path) {
    return fetch(path).then(function (r) { return r.json().then(function (b) { if (!r.ok) throw new Error(b.error || r.status); return b; }); });
  }

  function setTheme(mode) {
    state.theme = mode;
    localStorage.setItem('sandbox-theme', mode);
    document.documentElement.setAttribute('data-color-mode', mode);
    $('theme').textContent = mode === 'dark' ? 'Light mode' : 'Dark mode';
    document.querySelectorAll('iframe.connect').forEach(function (f) { f.contentWindow.postMessage({ ap: 'theme', mode: mode }, '*'); });
  }

  function sidebar(projectKey) {
    var html = '<h4>Projects</h4>' + state.site.projects.map(function (p) {
      var active = p.key === projectKey;
      return '<a href="#/project/' + esc(p.key) + '/issues"' + (active ? ' class="active"' : '') + '>' + esc(p.name) + ' (' + esc(p.key) + ')</a>' +
        (active ? '<a href="#/project/' + esc(p.key) + '/program" data-testid="program-link">&nbsp;&nbsp;Program</a>' : '');
    }).join('');
    $('sidebar').innerHTML = html;
  }

  function frame(module, context, full) {
    var id = 'f' + Math.random().toString(36).slice(2);
    var params = new URLSearchParams(Object.assign({ module: module, user: state.user }, context));
    api('/sandbox/api/frame?' + params).then(function (r) {
      var el = $(id);
      if (el) el.src = r.url;
    }).catch(function (e) { var el = $(id); if (el) el.outerHTML = '<p class="muted">' + esc(e.message) + '</p>'; });
    state.frames[id] = { module: module, context: context };
    return '<iframe class="connect' + (full ? ' full' : '') + '" id="' + id + '" data-module="' + esc(module) + '" title="' + esc(module) + '"></iframe>';
  }

  function issuesPage(key) {
    var rows = state.site.issues.filter(function (i) { return i.projectKey === key; }).map(function (i) {
      return '<tr><td><a href="#/issue/' + esc(i.key) + '">' + esc(i.key) + '</a></td><td>' + esc(i.summary) + '</td><td>' + esc(i.type) +
        '</td><td><span class="lozenge">' + esc(i.status) + '</span></td><td>' + esc(i.parentKey) + '</td></tr>';
    }).join('');
    return '<h1>' + esc(key) + ' issues</h1><table><tr><th>Key</th><th>Summary</th><th>Type</th><th>Status</th><th>Parent</th></tr>' + rows + '</table>';
  }

  function issuePage(key) {
    var i = state.site.issues.find(function (x) { return x.key === key; });
    if (!i) return '<h1>Issue ' + esc(key) + ' not found</h1>';
    sidebar(i.projectKey);
    return '<div class="issue"><div><p class="muted">' + esc(i.projectKey) + ' / ' + esc(i.key) + '</p><h1 data-testid="issue-summary">' + esc(i.summary) + '</h1>' +
      frame('issue-panel', { 'issue.id': i.id, 'issue.key': i.key, 'project.key': i.projectKey, 'project.id': i.projectId }, false) +
      '</div><dl class="fields"><dt>Status</dt><dd>' + esc(i.status) + '</dd><dt>Type</dt><dd>' + esc(i.type) + '</dd><dt>Parent</dt><dd>' + esc(i.parentKey || 'None') + '</dd></dl></div>';
  }

  function route() {
    var parts = (location.hash || '#/').slice(2).split('/');
    var main = $('main');
    state.frames = {};
    sidebar(parts[0] === 'project' ? parts[1] : null);
    if (!state.site.installed) {
      main.innerHTML = '<h1>Installing Keystone…</h1><p class="muted">The sandbox is sending Keystone its signed install. Reload in a moment.</p>';
    } else if (parts[0] === 'project' && parts[2] === 'program') {
      var p = state.site.projects.find(function (x) { return x.key === parts[1]; }) || {};
      main.innerHTML = frame('program-page', { 'project.key': parts[1], 'project.id': p.id }, true);
    } else if (parts[0] === 'project') {
      main.innerHTML = issuesPage(parts[1]);
    } else if (parts[0] === 'issue') {
      main.innerHTML = issuePage(parts[1]);
    } else if (parts[0] === 'apps') {
      main.innerHTML = frame(parts[1], {}, true);
    } else if (parts[0] === 'admin') {
      main.innerHTML = frame('admin', {}, true);
    } else if (parts[0] === 'dashboard') {
      main.innerHTML = '<h1>Dashboard</h1><div style="max-width:480px;border:1px solid var(--line);padding:8px">' +
        frame('program-gadget', { 'dashboard.id': '10100', 'dashboardItem.id': '1', 'dashboardItem.viewType': 'DEFAULT' }, false) + '</div>';
    } else {
      location.hash = '#/project/' + (state.site.projects[0] || { key: 'WEB' }).key + '/program';
    }
  }

  function flag(options) {
    var el = document.createElement('div');
    el.innerHTML = '<strong>' + esc(options.title) + '</strong><div>' + esc(options.body) + '</div>';
    $('flags').appendChild(el);
    setTimeout(function () { el.remove(); }, 5000);
    return 1;
  }

  function frameOf(source) {
    return Array.prototype.find.call(document.querySelectorAll('iframe.connect'), function (f) { return f.contentWindow === source; });
  }

  var handlers = {
    getToken: function () { return api('/sandbox/api/context-token?user=' + encodeURIComponent(state.user)).then(function (r) { return r.token; }); },
    getContext: function (args, el) {
      var c = (state.frames[el.id] || {}).context || {};
      var jira = {};
      if (c['issue.key']) jira.issue = { id: c['issue.id'], key: c['issue.key'] };
      if (c['project.key']) jira.project = { id: c['project.id'], key: c['project.key'] };
      return Promise.resolve({ jira: jira, url: { displayUrl: location.origin + '/sandbox/jira' } });
    },
    getTheme: function () { return Promise.resolve(state.theme); },
    resize: function (args, el) { el.style.height = args.height; return Promise.resolve(); },
    sizeToParent: function (args, el) { el.classList.add('full'); return Promise.resolve(); },
    navigate: function (args) {
      var c = args.context || {};
      if (args.target === 'issue' && c.issueKey) location.hash = '#/issue/' + c.issueKey;
      else if (args.target === 'projectAdminSummary' || args.target === 'project') location.hash = '#/project/' + c.projectKey + '/issues';
      return Promise.resolve();
    },
    flag: function (args) { return Promise.resolve(flag(args)); },
    closeFlag: function () { return Promise.resolve(); },
    request: function () { return Promise.reject(new Error('AP.request is not simulated by this sandbox version yet')); }
  };

  window.addEventListener('message', function (event) {
    var m = event.data;
    var el = frameOf(event.source);
    if (!m || m.ap !== 'call' || !el || !handlers[m.method]) return;
    handlers[m.method](m.args || {}, el).then(function (value) {
      event.source.postMessage({ ap: 'result', id: m.id, value: value }, '*');
    }, function (e) { event.source.postMessage({ ap: 'result', id: m.id, error: e.message }, '*'); });
  });

  $('theme').addEventListener('click', function () { setTheme(state.theme === 'dark' ? 'light' : 'dark'); });
  $('user').addEventListener('change', function (e) { state.user = e.target.value; route(); });
  window.addEventListener('hashchange', route);

  api('/sandbox/api/site').then(function (site) {
    state.site = site;
    state.user = (site.users[0] || {}).accountId || 'sandbox-admin';
    $('user').innerHTML = site.users.map(function (u) { return '<option value="' + esc(u.accountId) + '">' + esc(u.displayName) + '</option>'; }).join('');
    setTheme(state.theme);
    route();
  }).catch(function (e) { $('main').innerHTML = '<h1>Sandbox unavailable</h1><p>' + esc(e.message) + '</p>'; });
})();
