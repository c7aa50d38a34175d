// A form marked data-submit-once sends once: a second tap while the page is on its way (a phone on a slow network)
// would file the same report twice. Without JavaScript the form works as before.
document.querySelectorAll('form[data-submit-once]').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    if (form.getAttribute('data-sent') === 'true') {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-sent', 'true');
    form.querySelectorAll('button[type="submit"]').forEach(function (button) {
      button.setAttribute('aria-disabled', 'true');
    });
  });
});
