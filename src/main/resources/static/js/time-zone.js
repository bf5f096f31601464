// The clinic set-up offers the browser's own time zone instead of the form's default, as long as
// nobody has chosen one yet: the server marks such a field with data-browser-zone="<its default>".
document.addEventListener('DOMContentLoaded', function () {
  var selects = document.querySelectorAll('select[data-browser-zone]');
  if (!selects.length || !window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  selects.forEach(function (select) {
    if (!zone || select.value !== select.getAttribute('data-browser-zone')) {
      return;
    }
    var offered = Array.prototype.some.call(select.options, function (option) { return option.value === zone; });
    if (offered) {
      select.value = zone;
    }
  });
});
