// A search box over a list of choices: shows only those whose text contains what is typed. Without JavaScript the
// box stays hidden and the whole list shows.
document.querySelectorAll('[data-filter-list]').forEach(function (box) {
  var list = document.getElementById(box.getAttribute('data-filter-list'));
  box.hidden = false;
  box.addEventListener('input', function () {
    var wanted = box.value.trim();
    list.querySelectorAll('[data-filter-text]').forEach(function (choice) {
      choice.hidden = wanted !== '' && choice.getAttribute('data-filter-text').indexOf(wanted) < 0;
    });
  });
});
