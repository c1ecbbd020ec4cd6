// The one filter state of the dashboard lives in the URL's query string: every panel reads it,
// every control writes it, so a link reproduces a view and exports match what is shown.
export const FILTER_KEYS = ['from', 'to', 'type', 'country', 'admin1', 'actor', 'q', 'status', 'all'];
const listeners = [];

export function state() {
  return new URLSearchParams(location.search);
}

// The API query for the current filters (only the filter keys; view keys stay out).
export function filterQuery(extra = {}) {
  const s = state(), out = new URLSearchParams();
  for (const k of FILTER_KEYS) if (s.get(k)) out.set(k, s.get(k));
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null && v !== '') out.set(k, v);
  return out.toString();
}

// Changes some keys (null removes one) and tells every panel.
export function update(changes, { push = true } = {}) {
  const s = state();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') s.delete(k); else s.set(k, v);
  }
  const url = location.pathname + (s.toString() ? '?' + s.toString() : '');
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  for (const f of listeners) f(changes);
}

export function onChange(f) { listeners.push(f); }
window.addEventListener('popstate', () => { for (const f of listeners) f(null); });
