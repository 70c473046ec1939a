// Sorts the index table by the clicked header: numbers by value, text in the page's language.
(function () {
  'use strict';
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, i) {
      function sort() {
        var asc = th.getAttribute('aria-sort') !== 'ascending';
        heads.forEach(function (o) { o.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var numeric = th.getAttribute('data-type') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        function key(row) {
          var cell = row.cells[i];
          return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent;
        }
        rows.sort(function (a, b) {
          var x = key(a);
          var y = key(b);
          var c = numeric ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
    });
  });
})();
