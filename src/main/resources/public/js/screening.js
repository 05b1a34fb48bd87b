// Says at once, before anything else, when an answer needs emergency care.
const alertBox = document.getElementById('emergency-now');
const form = document.querySelector('form.intake');

function update() {
  const urgent = [...form.querySelectorAll('input[data-emergency="true"]')].some((input) => input.checked);
  if (urgent && alertBox.hidden) {
    alertBox.hidden = false;
    alertBox.scrollIntoView({ block: 'start' });
  } else if (!urgent) {
    alertBox.hidden = true;
  }
}

if (alertBox && form) {
  form.addEventListener('change', update);
  update();
}
