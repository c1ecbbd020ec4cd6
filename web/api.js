// The API client: same-origin JSON only (the page's CSP allows nothing else).
export async function getJSON(path) {
  const r = await fetch('/api/v1/' + path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({ status: r.status, message: r.statusText }));
  if (!r.ok) throw new Error(body.message || String(r.status));
  return body;
}

// Every page of a list, up to `max` items (the map and the article view need all, not a page).
export async function getAll(path, query, max = 5000) {
  let items = [], cursor = null;
  do {
    const q = new URLSearchParams(query);
    q.set('limit', '1000');
    if (cursor) q.set('cursor', cursor);
    const page = await getJSON(path + '?' + q.toString());
    items = items.concat(page.items);
    cursor = page.next_cursor;
  } while (cursor && items.length < max);
  return items;
}
