// Once a form is sent, its submit buttons wait for the answer: a double click sends it once.
// (The server refuses a second submission of the same form too.)
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.hasAttribute('data-submitting')) {
    event.preventDefault();
    return;
  }
  form.setAttribute('data-submitting', '');
}, true);
