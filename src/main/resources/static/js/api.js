// Every data request of the UI goes through the service's public API, with the session cookie of the login form;
// writes echo the XSRF-TOKEN cookie as the X-XSRF-TOKEN header (Spring Security's single-page-app CSRF scheme).

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
  }
}

function cookie(name) {
  const found = document.cookie.split('; ').find(c => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
}

let onUnauthorized = () => {};
export function whenUnauthorized(handler) { onUnauthorized = handler; }

export async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    const token = cookie('XSRF-TOKEN');
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) onUnauthorized();
  if (response.status === 204) return null;
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json && (json.detail || json.title));
  return json;
}

export const get = path => request('GET', path);
export const post = (path, body) => request('POST', path, body);
export const put = (path, body) => request('PUT', path, body);
export const del = path => request('DELETE', path);

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

/** Form login: the service answers with a redirect, to /login?error when the credentials are wrong. */
export async function login(username, password) {
  await fetch('/api/me', { credentials: 'same-origin' }).catch(() => {}); // sets the XSRF-TOKEN cookie
  const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
  const token = cookie('XSRF-TOKEN');
  if (token) headers['X-XSRF-TOKEN'] = token;
  const response = await fetch('/login', {
    method: 'POST', headers, credentials: 'same-origin',
    body: new URLSearchParams({ username, password }).toString(),
  });
  return !response.url.includes('error') && response.ok;
}

export async function logout() {
  const token = cookie('XSRF-TOKEN');
  await fetch('/logout', {
    method: 'POST', credentials: 'same-origin', headers: token ? { 'X-XSRF-TOKEN': token } : {},
  });
}
