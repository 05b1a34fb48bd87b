// The sessions and journal API, in one place so its details are easy to adjust.
// Same-origin cookie plus the CSRF token from <meta name="csrf-token">.

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : '';
}

async function call(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = csrfToken();
  if (token) headers['X-CSRF-Token'] = token;
  try {
    const response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    try { data = await response.json(); } catch (notJson) { data = null; }
    return { status: response.status, ok: response.ok, data };
  } catch (offline) {
    return { status: 0, ok: false, data: null };
  }
}

export const api = {
  startSession: (intake) => call('POST', '/api/v1/sessions', intake),
  sendEvent: (id, event) => call('POST', `/api/v1/sessions/${encodeURIComponent(id)}/events`, event),
  addJournalEntry: (entry) => call('POST', '/api/v1/journal/entries', entry),
};
