// Filters of the findings by severity, rule family and table; a highlighted cell whose findings are
// all filtered out loses its highlight. No data of the report is in this script: it reads the DOM.
(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  function apply() {
    var on = { severity: {}, family: {}, table: {} };
    boxes.forEach(function (b) { if (b.checked) { on[b.getAttribute('data-filter')][b.value] = true; } });
    var visible = {};
    var shown = 0;
    document.querySelectorAll('tr.finding').forEach(function (tr) {
      var show = !!(on.severity[tr.getAttribute('data-severity')] && on.family[tr.getAttribute('data-family')]
        && on.table[tr.getAttribute('data-table')]);
      tr.hidden = !show;
      if (show) { visible[tr.id] = true; shown++; }
    });
    document.querySelectorAll('tr.rule-head').forEach(function (head) {
      var any = false;
      for (var n = head.nextElementSibling; n && n.classList.contains('finding'); n = n.nextElementSibling) {
        if (!n.hidden) { any = true; }
      }
      head.hidden = !any;
    });
    document.querySelectorAll('section.sev-group').forEach(function (s) {
      s.hidden = !s.querySelector('tr.finding:not([hidden])');
    });
    document.querySelectorAll('a.fref').forEach(function (a) { a.hidden = !visible[a.getAttribute('data-f')]; });
    document.querySelectorAll('.hl').forEach(function (c) {
      c.classList.toggle('muted', !c.querySelector('a.fref:not([hidden])'));
    });
    var count = document.getElementById('shown-count');
    if (count) { count.textContent = String(shown); }
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
