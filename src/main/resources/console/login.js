// The sign-in page: posts the name and password, then opens the console.
const form = document.getElementById('signin');
const error = document.getElementById('signin-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const response = await fetch('/console/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      username: document.getElementById('username').value,
      password: document.getElementById('password').value,
    }),
  });
  if (response.ok) {
    // back to the page first asked for, if any
    window.location.assign('/console/app' + window.location.hash);
    return;
  }
  let why = 'Sign-in failed (' + response.status + ')';
  try {
    why = (await response.json()).errors.join('; ');
  } catch (ignored) {
    // keep the status line
  }
  error.textContent = why;
  error.hidden = false;
});
