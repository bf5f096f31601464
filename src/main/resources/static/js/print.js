// The aftercare sheet's Print button: opens the browser's print dialog. Without
// JavaScript the browser's own Print menu prints the same page.
(function () {
  'use strict';
  var button = document.getElementById('print-sheet');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
})();
