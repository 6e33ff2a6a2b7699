(function () {
  'use strict';
  // Every value below comes from results.json through the data block; it is only ever put in the page as text.
  var raw = JSON.parse(document.getElementById('aitest-data').textContent);
  var ORDER = { failed: 0, flaky: 1, passed: 2, skipped: 3 };
  var LABEL = { passed: '\u2713 passed', failed: '\u2717 failed', error: '! error', flaky: '\u25D0 flaky', skipped: '\u25CB skipped' };
  var PAGE = 200;
  // the data names its fields once; each test and run is an array in that order
  function fields(names) { var at = {}; names.forEach(function (name, i) { at[name] = i; }); return at; }
  var T = fields(raw.testFields);
  var R = fields(raw.runFields);
  var COLUMNS = raw.columns.map(function (c) { return c[0]; });
  var tests = raw.tests.map(function (t, index) {
    return { index: index, id: t[T.id], outcome: t[T.outcome], module: t[T.module], kind: t[T.kind],
      agent: t[T.agent], change: t[T.change], evidence: t[T.evidence], passRate: t[T.passRate], low: t[T.low],
      high: t[T.high], threshold: t[T.threshold], meets: t[T.meets], figures: t[T.figures], runs: t[T.runs],
      provider: t[T.provider], cause: t[T.cause], finding: t[T.finding], history: t[T.history],
      lower: t[T.id].toLowerCase() };
  });
  var state = { filter: 'all', kind: 'all', module: '', query: '', sort: null, dir: 1, list: [], shown: 0 };
  var tbody = document.querySelector('#tests tbody');
  var more = document.getElementById('more');
  var status = document.getElementById('status');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function badge(outcome) { return el('span', 'outcome ' + outcome, LABEL[outcome] || outcome); }
  // the bar: the rate filled, its interval outlined, the test's own threshold as a tick
  function rateCell(t) {
    var td = el('td', 'pr');
    var bar = el('span', t.passRate === null ? 'bar none' : 'bar');
    var fill = el('span', 'fill');
    fill.style.width = (t.passRate === null ? 0 : t.passRate) + '%';
    bar.appendChild(fill);
    if (t.low !== null && t.high !== null) {
      var ci = el('span', 'ci');
      ci.style.left = t.low + '%';
      ci.style.width = (t.high - t.low) + '%';
      ci.title = 'interval ' + t.low + '-' + t.high + '%';
      bar.appendChild(ci);
    }
    if (t.threshold !== null) {
      var tick = el('span', 'threshold');
      tick.style.left = t.threshold + '%';
      tick.title = 'own threshold ' + t.threshold + '%';
      bar.appendChild(tick);
    }
    td.appendChild(bar);
    td.appendChild(document.createTextNode(t.evidence));
    if (t.meets === false) { td.appendChild(el('span', 'msg below', 'below its threshold of ' + t.threshold + '%')); }
    return td;
  }

  function matches(t) {
    return (state.query === '' || t.lower.indexOf(state.query) >= 0) && (state.kind === 'all' || t.kind === state.kind)
      && (state.module === '' || t.module === state.module);
  }
  var KEYS = {
    id: function (t) { return t.lower; },
    outcome: function (t) { return ORDER[t.outcome]; },
    passRate: function (t) { return t.passRate === null ? -1 : t.passRate; }
  };
  // a figure column sorts by the number its cell carries; a test the figure does not apply to sorts first
  COLUMNS.forEach(function (name, i) {
    KEYS[name] = function (t) { var cell = t.figures[i]; return cell === null || cell[1] === null ? -1 : cell[1]; };
  });

  function refresh() {
    var counts = { all: 0, failed: 0, flaky: 0, passed: 0, skipped: 0, provider: 0, 'order-dependent': 0,
      'non-deterministic': 0, unknown: 0, worse: 0, environment: 0, newly: 0 };
    var list = [];
    for (var i = 0; i < tests.length; i++) {
      var t = tests[i];
      if (!matches(t)) { continue; }
      counts.all++;
      counts[t.outcome]++;
      if (t.provider > 0) { counts.provider++; }
      if (t.cause) { counts[t.cause]++; }
      // h: [change across builds, flaky across builds only, newly flaky]
      var h = t.history;
      if (h && h[0] === 'worse') { counts.worse++; }
      if (h && h[1]) { counts.environment++; }
      if (h && h[2]) { counts.newly++; }
      if (state.filter === 'all' || t.outcome === state.filter || (state.filter === 'provider' && t.provider > 0)
        || (t.cause && state.filter === t.cause) || (h && ((state.filter === 'worse' && h[0] === 'worse')
        || (state.filter === 'environment' && h[1]) || (state.filter === 'newly' && h[2])))) {
        list.push(t);
      }
    }
    document.querySelectorAll('[data-count]').forEach(function (span) {
      span.textContent = counts[span.getAttribute('data-count')];
    });
    if (state.sort) {
      var key = KEYS[state.sort];
      var dir = state.dir;
      list.sort(function (a, b) {
        var x = key(a), y = key(b);
        return x < y ? -dir : x > y ? dir : a.index - b.index;
      });
    }
    state.list = list;
    state.shown = 0;
    tbody.replaceChildren();
    renderMore();
  }

  function renderMore() {
    var end = Math.min(state.list.length, state.shown + PAGE);
    var fragment = document.createDocumentFragment();
    for (var i = state.shown; i < end; i++) { fragment.appendChild(row(state.list[i])); }
    tbody.appendChild(fragment);
    state.shown = end;
    var left = state.list.length - state.shown;
    more.hidden = left <= 0;
    more.textContent = 'Show ' + Math.min(PAGE, left) + ' more (' + left + ' not shown)';
    status.textContent = state.list.length === 0 ? 'No test matches.'
      : 'Showing ' + state.shown + ' of ' + state.list.length + ' tests.';
  }

  // a cell: [text, sort key] or, for a trend, [text, sort key, values from 0 to 100 (null: a gap)]
  var SVG = 'http://www.w3.org/2000/svg';
  function figureCell(cell) {
    if (cell === null || !cell[2]) { return el('td', 'num', cell === null ? '' : cell[0]); }
    var td = el('td', 'num trend');
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'spark');
    svg.setAttribute('viewBox', '0 0 80 20');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', cell[0]);
    var title = document.createElementNS(SVG, 'title');
    title.textContent = cell[0];
    svg.appendChild(title);
    var values = cell[2];
    var points = [];
    values.forEach(function (v, i) {
      if (v === null) { return; }
      var x = values.length === 1 ? 40 : 2 + i * 76 / (values.length - 1);
      var y = 18 - v * 16 / 100;
      points.push(x.toFixed(1) + ',' + y.toFixed(1));
      if (i === values.length - 1) {
        var dot = document.createElementNS(SVG, 'circle');
        dot.setAttribute('cx', x.toFixed(1));
        dot.setAttribute('cy', y.toFixed(1));
        dot.setAttribute('r', '2');
        svg.appendChild(dot);
      }
    });
    var line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', points.join(' '));
    svg.insertBefore(line, svg.children[1] || null);
    td.appendChild(svg);
    return td;
  }

  function row(t) {
    var tr = el('tr', 'test');
    tr.tabIndex = 0;
    tr.setAttribute('data-id', t.id);
    if (t.module) { tr.setAttribute('data-module', t.module); }
    tr.setAttribute('data-outcome', t.outcome);
    tr.setAttribute('aria-expanded', 'false');
    var name = el('td', 'name');
    name.appendChild(el('span', 'caret', '\u25B8'));
    if (t.module) { name.appendChild(el('span', 'module', t.module)); }
    name.appendChild(el('code', null, t.id));
    if (t.agent) { name.appendChild(el('span', 'msg', 'agent: ' + t.agent)); }
    if (t.kind === 'integration-test') { name.appendChild(el('span', 'msg', 'integration test (Failsafe)')); }
    if (t.change === 'regressed') { name.appendChild(el('span', 'msg below', 'regressed against the baseline')); }
    tr.appendChild(name);
    var outcome = el('td');
    outcome.appendChild(badge(t.outcome));
    tr.appendChild(outcome);
    tr.appendChild(rateCell(t));
    t.figures.forEach(function (cell) { tr.appendChild(figureCell(cell)); });
    tr.addEventListener('click', function () { toggle(tr, t); });
    tr.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); toggle(tr, t); }
    });
    return tr;
  }

  function toggle(tr, t) {
    var next = tr.nextElementSibling;
    if (next && next.classList.contains('detail')) {
      next.remove();
      tr.setAttribute('aria-expanded', 'false');
      tr.querySelector('.caret').textContent = '\u25B8';
      return;
    }
    tr.setAttribute('aria-expanded', 'true');
    tr.querySelector('.caret').textContent = '\u25BE';
    var detail = el('tr', 'detail');
    var td = el('td');
    td.colSpan = 3 + COLUMNS.length;
    if (t.finding) {
      // f: [cause, polluters or state-setters or the reason, the command that reproduces it]
      var why = el('p', 'finding');
      why.appendChild(el('strong', null, t.finding[0]));
      if (t.finding[1]) { why.appendChild(document.createTextNode(': ' + t.finding[1])); }
      td.appendChild(why);
      if (t.finding[2]) {
        var command = el('p', 'reproduce', 'Reproduce: ');
        command.appendChild(el('code', null, t.finding[2]));
        td.appendChild(command);
      }
    }
    td.appendChild(runsTable(t));
    detail.appendChild(td);
    tr.after(detail);
  }

  // a long or multi-line message starts folded, its first line as the summary
  var FOLD = 300;
  function messageText(text) {
    var firstBreak = text.indexOf('\n');
    if (text.length <= FOLD && firstBreak < 0) { return el('span', 'bidi', text); }
    var details = el('details', 'long-message');
    var head = firstBreak < 0 ? text : text.substring(0, firstBreak);
    details.appendChild(el('summary', null, (head.length > FOLD ? head.substring(0, FOLD) : head) + ' \u2026 ('
      + text.length.toLocaleString('en-US') + ' characters)'));
    details.appendChild(el('pre', null, text));
    return details;
  }

  function runsTable(t) {
    var table = el('table', 'runs');
    var head = el('tr');
    ['Iteration', 'Outcome', 'Duration', 'Tokens', 'Cost', 'Message'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el('tbody');
    t.runs.forEach(function (r) {
      // r: [iteration, outcome, durationMs, tokens, costUsd, index in raw.messages, type, index in raw.traces, agent,
      //     model, cause]
      var tr = el('tr', 'run');
      tr.setAttribute('data-iteration', r[R.iteration]);
      tr.appendChild(el('td', null, r[R.iteration]));
      var outcome = el('td');
      outcome.appendChild(badge(r[R.outcome]));
      tr.appendChild(outcome);
      tr.appendChild(el('td', null, r[R.duration]));
      tr.appendChild(el('td', null, r[R.tokens]));
      tr.appendChild(el('td', null, r[R.cost]));
      var message = el('td', 'message');
      if (r[R.type]) { message.appendChild(el('code', null, r[R.type])); message.appendChild(document.createTextNode(' ')); }
      if (r[R.message] !== null) { message.appendChild(messageText(raw.messages[r[R.message]])); }
      if (r[R.cause]) { message.appendChild(el('span', 'msg cause', r[R.cause])); }
      if (r[R.model] || r[R.agent]) {
        message.appendChild(el('span', 'msg', [r[R.agent] ? 'agent ' + r[R.agent] : null, r[R.model] ? 'model ' + r[R.model] : null].filter(Boolean).join(', ')));
      }
      if (r[R.trace] !== null) {
        var details = el('details');
        details.appendChild(el('summary', null, 'stack trace'));
        details.appendChild(el('pre', 'trace', raw.traces[r[R.trace]]));
        message.appendChild(details);
      }
      tr.appendChild(message);
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  document.querySelectorAll('.filter').forEach(function (button) {
    button.addEventListener('click', function () {
      document.querySelectorAll('.filter').forEach(function (b) { b.classList.remove('active'); });
      button.classList.add('active');
      state.filter = button.getAttribute('data-filter');
      refresh();
    });
  });
  document.querySelectorAll('.sort').forEach(function (button) {
    button.addEventListener('click', function () {
      var key = button.getAttribute('data-sort');
      state.dir = state.sort === key ? -state.dir : 1;
      state.sort = key;
      document.querySelectorAll('.sort').forEach(function (b) { b.removeAttribute('data-dir'); });
      button.setAttribute('data-dir', String(state.dir));
      refresh();
    });
  });
  var timer = null;
  document.getElementById('search').addEventListener('input', function (event) {
    clearTimeout(timer);
    var value = event.target.value.trim().toLowerCase();
    timer = setTimeout(function () { state.query = value; refresh(); }, 120);
  });
  var moduleFilter = document.getElementById('module-filter');
  if (moduleFilter) {
    moduleFilter.addEventListener('change', function () { state.module = moduleFilter.value; refresh(); });
  }
  var kindFilter = document.getElementById('kind-filter');
  if (kindFilter) {
    kindFilter.addEventListener('change', function () { state.kind = kindFilter.value; refresh(); });
  }
  document.querySelectorAll('.change-filter').forEach(function (button) {
    button.addEventListener('click', function () {
      document.querySelectorAll('.change-filter').forEach(function (b) { b.classList.remove('active'); });
      button.classList.add('active');
      var change = button.getAttribute('data-change');
      document.querySelectorAll('#baseline-tests tbody tr').forEach(function (row) {
        row.hidden = change !== 'all' && row.getAttribute('data-change') !== change;
      });
    });
  });
  more.addEventListener('click', renderMore);
  refresh();
  document.body.setAttribute('data-ready', 'true');
}());
