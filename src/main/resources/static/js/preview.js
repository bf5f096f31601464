// Live plan preview on the treatment form: asks the public preview API (the rules
// service over HTTP) while the form is filled in. Without JavaScript the
// "Preview plan" button does the same on the server.
(function () {
  'use strict';
  var form = document.getElementById('treatment-form');
  var panel = document.getElementById('plan-preview');
  if (!form || !panel || !window.fetch) { return; }
  var zone = form.getAttribute('data-time-zone');
  var labels = document.getElementById('preview-labels').content;
  var lang = document.documentElement.lang || 'en';
  var pending = null;

  function text(selector) {
    var node = labels.querySelector(selector);
    return node ? node.textContent : '';
  }

  // The instant at which the wall-clock time `local` (yyyy-MM-ddTHH:mm) happens in `zone`.
  function toInstant(local) {
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
    if (!m) { return null; }
    var wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
    var guess = wall;
    for (var i = 0; i < 2; i++) {
      guess = wall - offsetAt(guess);
    }
    return new Date(guess).toISOString();
  }

  function offsetAt(millis) {
    var parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit'
    }).formatToParts(new Date(millis));
    var v = {};
    parts.forEach(function (p) { v[p.type] = p.value; });
    return Date.UTC(+v.year, +v.month - 1, +v.day, +v.hour, +v.minute, +v.second) - Math.floor(millis / 1000) * 1000;
  }

  function checked(name) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name=' + name + ']'), function (box) {
      return box.checked;
    });
  }

  function request() {
    var treatedAt = toInstant(form.elements.treatedAt.value);
    var side = form.elements.side.value || null;
    var areas = checked('areas').map(function (box) { return { code: box.value, side: side }; });
    var intensity = form.querySelector('input[name=intensity]:checked');
    if (!treatedAt || areas.length === 0 || !intensity) { return null; }
    var symptoms = checked('symptoms').map(function (box) {
      return { code: box.value, reportedAt: treatedAt, source: 'CLINIC' };
    });
    return {
      treatedAt: treatedAt, timeZone: zone, areas: areas, intensity: intensity.value,
      sensitiveArea: form.elements.sensitiveArea.checked, symptoms: symptoms
    };
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content) { node.textContent = content; }
    return node;
  }

  function render(plan) {
    var format = new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-GB', {
      timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    });
    var box = element('div');
    box.id = 'preview-live';
    var status = element('div', 'status', text('[data-status-text="' + plan.status + '"]'));
    status.setAttribute('data-status', plan.status);
    box.appendChild(status);
    var list = element('ol', 'timeline');
    plan.milestones.forEach(function (milestone) {
      var item = element('li');
      item.setAttribute('data-milestone', milestone.code);
      item.appendChild(element('strong', null, text('[data-code="' + milestone.code + '"]')));
      var when = element('span', 'when');
      if (milestone.onHold) {
        item.setAttribute('data-on-hold', 'true');
        when.className += ' on-hold';
        when.textContent = text('[data-on-hold-text]');
      } else {
        var time = element('time', null, format.format(new Date(milestone.from)));
        time.setAttribute('datetime', milestone.from);
        when.appendChild(time);
      }
      item.appendChild(when);
      list.appendChild(item);
    });
    box.appendChild(list);
    if (plan.safetyNet) {
      var net = element('p', 'safety-net', text('[data-safety-net-text]'));
      net.setAttribute('data-safety-net', '');
      box.appendChild(net);
    }
    ['preview-server', 'preview-live', 'preview-empty'].forEach(function (id) {
      var old = document.getElementById(id);
      if (old) { old.remove(); }
    });
    panel.appendChild(box);
  }

  function update() {
    var body = request();
    if (!body) { return; }
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch('/api/v1/plans/preview', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body), signal: pending.signal, credentials: 'omit'
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (plan) {
      if (plan) { render(plan); }
    }).catch(function () { /* the server-side preview button still works */ });
  }

  form.addEventListener('change', update);
  form.addEventListener('input', function (event) {
    if (event.target.type === 'datetime-local') { update(); }
  });
  update();
}());
