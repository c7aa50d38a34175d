// The child file's print button opens the browser's print dialog (the print stylesheet lays the file out).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
