/*
 * The sandbox's own all.js: the AP API a Connect iframe uses, implemented over postMessage to the
 * sandbox shell (the parent page), as Atlassian's all.js does with Jira. Only what Keystone's views
 * call is here; see /sandbox/ for the host side.
 */
(function () {
  'use strict';
  var pending = {};
  var listeners = {};
  var seq = 0;
  var fullPage = /sizeToParent:true/.test((document.currentScript || {}).getAttribute
    ? document.currentScript.getAttribute('data-options') || '' : '');

  function call(method, args) {
    return new Promise(function (resolve, reject) {
      var id = ++seq;
      pending[id] = { resolve: resolve, reject: reject };
      window.parent.postMessage({ ap: 'call', id: id, method: method, args: args || {} }, '*');
    });
  }

  function applyTheme(mode) {
    document.documentElement.setAttribute('data-color-mode', mode === 'dark' ? 'dark' : 'light');
    document.documentElement.setAttribute('data-theme', mode === 'dark' ? 'dark:dark light:light' : 'light:light dark:dark');
  }

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || typeof m !== 'object' || !m.ap) return;
    if (m.ap === 'result' && pending[m.id]) {
      var p = pending[m.id];
      delete pending[m.id];
      if (m.error) p.reject(new Error(m.error)); else p.resolve(m.value);
    } else if (m.ap === 'theme') {
      applyTheme(m.mode);
    } else if (m.ap === 'event') {
      (listeners[m.name] || []).forEach(function (fn) { fn(m.payload); });
    }
  });

  function withCallback(promise, callback) {
    if (callback) promise.then(callback);
    return promise;
  }

  // The XMLHttpRequest-like object Connect hands to AP.request callbacks; the host sends plain data.
  function xhrLike(r) {
    return { status: r.status, statusText: r.statusText || String(r.status), responseText: r.body,
      getResponseHeader: function (name) { return (r.headers || {})[String(name).toLowerCase()] || null; } };
  }

  // Jira's host page performs the request with the user's session; the iframe sees only the answer.
  // Promise: resolves {body, xhr} for 2xx, rejects {err, xhr} otherwise; callbacks as in jQuery.ajax.
  function request(options) {
    var o = typeof options === 'string' ? { url: options } : options || {};
    var args = { url: o.url, type: (o.type || o.method || 'GET').toUpperCase(), data: o.data,
      contentType: o.contentType, headers: o.headers || {} };
    return call('request', args).then(function (r) {
      var xhr = xhrLike(r);
      if (r.status >= 200 && r.status < 300) {
        if (o.success) o.success(r.body, 'success', xhr);
        return { body: r.body, xhr: xhr };
      }
      if (o.error) o.error(xhr, 'error', r.body);
      throw { err: r.body, xhr: xhr };
    }, function (e) {
      // The host refused or could not reach Jira: status 0, as a failed XMLHttpRequest reports.
      var xhr = xhrLike({ status: 0, statusText: 'error', body: '' });
      if (o.error) o.error(xhr, 'error', e.message);
      throw { err: e.message, xhr: xhr };
    });
  }

  window.AP = {
    context: {
      getToken: function (cb) { return withCallback(call('getToken'), cb); },
      getContext: function (cb) { return withCallback(call('getContext'), cb); }
    },
    request: request,
    navigator: { go: function (target, context) { call('navigate', { target: target, context: context || {} }); } },
    flag: {
      create: function (options) {
        var done = call('flag', options);
        return { close: function () { done.then(function (id) { call('closeFlag', { id: id }); }); } };
      }
    },
    theming: { initializeTheming: function () { call('getTheme').then(applyTheme); } },
    events: {
      on: function (name, fn) { (listeners[name] = listeners[name] || []).push(fn); },
      off: function (name, fn) { listeners[name] = (listeners[name] || []).filter(function (f) { return f !== fn; }); }
    },
    resize: function (width, height) {
      call('resize', { height: height || String(document.documentElement.scrollHeight) + 'px' });
    },
    sizeToParent: function () { call('sizeToParent'); }
  };

  // Jira resizes content panels to their content; full pages fill the frame (data-options sizeToParent)
  window.addEventListener('load', function () {
    if (fullPage) { window.AP.sizeToParent(); return; }
    if (window.ResizeObserver) new ResizeObserver(function () { window.AP.resize(); }).observe(document.body);
    window.AP.resize();
  });
})();
