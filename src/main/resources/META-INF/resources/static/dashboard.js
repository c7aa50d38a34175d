// Draws the dashboard's compliance chart (uPlot, served from the webjar) from the page's JSON data block. The same
// numbers are in the table next to it, for screen readers and for when scripts do not run.
(function () {
  var block = document.getElementById('compliance-data');
  var target = document.getElementById('compliance-chart');
  if (!block || !target || !window.uPlot) {
    return;
  }
  var data = JSON.parse(block.textContent);
  var x = data.labels.map(function (_, i) { return i; });
  var bars = function (align) { return uPlot.paths.bars({ size: [0.35, 48], align: align }); };
  var options = {
    width: Math.max(280, Math.min(target.clientWidth || 320, 900)),
    height: 240,
    legend: { show: true, live: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.6, Math.max(0.6, x.length - 0.4)] }, y: { range: [0, 100] } },
    axes: [
      { splits: function () { return x; }, values: function (u, splits) { return splits.map(function (i) { return data.labels[i] || ''; }); }, size: 40 },
      { values: function (u, splits) { return splits.map(function (v) { return v + '%'; }); }, size: 48 }
    ],
    series: [
      { label: target.dataset.regionLabel },
      { label: target.dataset.contactLabel, fill: 'rgba(179, 38, 30, 0.75)', stroke: 'rgb(179, 38, 30)', paths: bars(-1), points: { show: false } },
      { label: target.dataset.homeVisitLabel, fill: 'rgba(9, 105, 218, 0.7)', stroke: 'rgb(9, 105, 218)', paths: bars(1), points: { show: false } }
    ]
  };
  new uPlot(options, [x, data.contact, data.homeVisit], target);
})();
