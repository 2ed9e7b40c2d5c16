// The console's JSON API: the session cookie goes by itself; every change carries the CSRF token.

let me = null;

/** The API refused or failed: its status and its errors. */
export class ApiError extends Error {
  constructor(status, errors) {
    super(errors.join('; ') || 'HTTP ' + status);
    this.status = status;
    this.errors = errors;
  }
}

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-CSRF-Token'] = me ? me.csrf : '';
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  if (response.status === 401) {
    window.location.assign('/console/login');
    throw new ApiError(401, ['signed out']);
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, (data && data.errors) || []);
  }
  return data;
}

/** GET with query parameters (empty ones left out). */
export function get(path, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null && value !== undefined && String(value).trim() !== '') {
      query.set(name, String(value).trim());
    }
  }
  const q = query.toString();
  return call('GET', q ? path + '?' + q : path);
}

export function post(path, body = {}) {
  return call('POST', path, body);
}

/** Who is signed in: {username, role, csrf}. */
export async function whoAmI() {
  me = await call('GET', '/console/api/me');
  return me;
}

/** Whether the signed-in user's role covers {@code role} (admin > planner > viewer). */
export function may(role) {
  const rank = { VIEWER: 0, PLANNER: 1, ADMIN: 2 };
  return me !== null && rank[me.role] >= rank[role];
}
