// Draws the dashboard's charts (uPlot, served from the webjar): bars, or lines with data-kind "line" (a trend). Each
// chart is an element with data-chart naming its JSON data block ({labels, series}), data-series the series' names
// ("a|b") and data-unit "%" or nothing. The same numbers are in the table next to each chart, for screen readers and
// for when scripts do not run.
(function () {
  if (!window.uPlot) {
    return;
  }
  var colours = [['rgba(179, 38, 30, 0.75)', 'rgb(179, 38, 30)'], ['rgba(9, 105, 218, 0.7)', 'rgb(9, 105, 218)']];
  document.querySelectorAll('[data-chart]').forEach(function (target) {
    var block = document.getElementById(target.dataset.chart);
    if (!block) {
      return;
    }
    var data = JSON.parse(block.textContent);
    var names = target.dataset.series.split('|');
    var percent = target.dataset.unit === '%';
    var line = target.dataset.kind === 'line';
    var x = data.labels.map(function (_, i) { return i; });
    var width = data.series.length > 1 ? 0.35 : 0.6;
    var bars = function (index) {
      return uPlot.paths.bars({ size: [width, 48], align: data.series.length > 1 ? (index === 0 ? -1 : 1) : 0 });
    };
    var highest = Math.max.apply(null, [1].concat(data.series.map(function (values) {
      return Math.max.apply(null, values.map(function (v) { return v || 0; }));
    })));
    var options = {
      width: Math.max(280, Math.min(target.clientWidth || 320, 900)),
      height: 220,
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: {
        x: { time: false, range: [-0.6, Math.max(0.6, x.length - 0.4)] },
        y: { range: percent ? [0, 100] : [0, Math.ceil(highest * 1.1)] }
      },
      axes: [
        { splits: function () { return x; }, values: function (u, splits) { return splits.map(function (i) { return data.labels[i] || ''; }); }, size: 40 },
        { values: function (u, splits) { return splits.map(function (v) { return percent ? v + '%' : v; }); }, size: 48 }
      ],
      series: [{ label: target.dataset.regionLabel }].concat(data.series.map(function (_, i) {
        if (line) {
          return { label: names[i], stroke: colours[i % 2][1], width: 2, points: { show: true } };
        }
        return { label: names[i], fill: colours[i % 2][0], stroke: colours[i % 2][1], paths: bars(i), points: { show: false } };
      }))
    };
    new uPlot(options, [x].concat(data.series), target);
  });
})();
