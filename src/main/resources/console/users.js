// Users (admins only): who may use the console, with which role; adding, changing, disabling.
import { get, post } from './api.js';
import { render, h, table, time, badge, notice } from './dom.js';

const ROLES = ['viewer', 'planner', 'admin'];

export async function users(view) {
  const all = await get('/console/api/users');
  const result = h('div', { id: 'user-result' });
  const act = (path, body) => async () => {
    try {
      await post(path, body);
      await users(view);
      view.prepend(notice('Done.', 'note'));
    } catch (error) {
      result.replaceChildren(notice(error.message));
    }
  };
  const name = h('input', { name: 'username', id: 'new-username', required: true, pattern: '[A-Za-z0-9._-]{1,64}' });
  const role = h('select', { name: 'role', id: 'new-role' }, ROLES.map((r) => h('option', { value: r }, r)));
  const password = h('input', { name: 'password', id: 'new-password', type: 'password', minlength: '12', required: true, autocomplete: 'new-password' });
  const add = h('form', { id: 'add-user', className: 'filters' },
    h('label', {}, 'User name', name), h('label', {}, 'Role', role),
    h('label', {}, 'Password (12 characters or more)', password), h('button', { type: 'submit' }, 'Add user'));
  add.addEventListener('submit', (event) => {
    event.preventDefault();
    act('/console/api/users', { username: name.value, role: role.value, password: password.value })();
  });
  const path = (u, what) => '/console/api/users/' + encodeURIComponent(u.username) + '/' + what;
  render(view, 
    h('h1', {}, 'Users'),
    result,
    h('div', { id: 'user-list' }, table([
      ['User', (u) => u.username],
      ['Role', (u) => h('select', { 'data-user': u.username, onchange: (e) => act(path(u, 'role'), { role: e.target.value })() },
        ROLES.map((r) => h('option', { value: r, selected: r === String(u.role).toLowerCase() }, r)))],
      ['State', (u) => badge(u.disabled ? 'DISABLED' : 'ENABLED')],
      ['Created', (u) => time(u.created_at) + ' by ' + u.created_by],
      ['Last sign-in', (u) => time(u.last_sign_in || u.lastSignIn) || 'never'],
      ['', (u) => h('button', { type: 'button', onclick: act(path(u, u.disabled ? 'enable' : 'disable')) }, u.disabled ? 'Enable' : 'Disable')],
    ], all)),
    h('h2', {}, 'Add a user'),
    add);
}
