// The events table: paged and sorted by the server (cursor pages; a stack of cursors walks back).
import { getJSON } from './api.js';
import { filterQuery, state, update } from './state.js';
import { t, bdi } from './i18n.js';
import { typeColor } from './colors.js';

const PAGE = 25;
let cursors = [null];  // cursor of each page visited; the last is the current page's

export function resetPaging() { cursors = [null]; }

export async function drawTable(openArticle) {
  const s = state();
  const sort = s.get('sort') || 'date', order = s.get('order') || 'desc';
  const cursor = cursors[cursors.length - 1];
  const page = await getJSON('events?' + filterQuery({ limit: PAGE, sort, order, cursor }));
  const tbody = document.querySelector('#events tbody');
  tbody.replaceChildren();
  for (const e of page.items) tbody.append(row(e, openArticle));
  for (const th of document.querySelectorAll('#events th[data-sort]')) {
    th.classList.toggle('sorted-asc', th.dataset.sort === sort && order === 'asc');
    th.classList.toggle('sorted-desc', th.dataset.sort === sort && order === 'desc');
  }
  const first = page.total ? page.offset + 1 : 0;
  document.getElementById('page-info').replaceChildren(bdi(t('page', first, page.offset + page.items.length, page.total)));
  const next = document.getElementById('next'), prev = document.getElementById('prev');
  next.disabled = !page.next_cursor;
  prev.disabled = cursors.length < 2;
  next.onclick = () => { cursors.push(page.next_cursor); drawTable(openArticle); };
  prev.onclick = () => { cursors.pop(); drawTable(openArticle); };
  return page;
}

export function bindSorting() {
  for (const th of document.querySelectorAll('#events th[data-sort]')) {
    th.addEventListener('click', () => {
      const s = state();
      const same = (s.get('sort') || 'date') === th.dataset.sort;
      const order = same && (s.get('order') || 'desc') === 'desc' ? 'asc' : 'desc';
      resetPaging();
      update({ sort: th.dataset.sort, order });
    });
  }
}

function cell(content, cls) {
  const td = document.createElement('td');
  if (cls) td.className = cls;
  if (content instanceof Node) td.append(content); else td.textContent = content ?? '';
  return td;
}

function row(e, openArticle) {
  const tr = document.createElement('tr');
  tr.dataset.eventId = e.event_id;
  const chip = document.createElement('span');
  chip.className = 'type-chip';
  chip.style.background = typeColor(e.type);
  chip.textContent = e.type;
  const parties = document.createElement('span');
  // The arrow points the way the page reads: actor first, recipient after.
  parties.append(bdi(e.actor || '—'), document.documentElement.dir === 'rtl' ? ' ← ' : ' → ', bdi(e.recipient || '—'));
  const place = [e.location, e.country].filter(Boolean).join('، ');  // admin1 is a GeoNames code, not a name
  const num = v => (v === null || v === undefined ? '' : bdi(String(v)));
  tr.append(cell(bdi(e.event_date || '—')), cell(chip), cell(place), cell(parties), cell(num(e.dead), 'num'),
            cell(num(e.injured), 'num'), cell(num(e.arrested), 'num'), cell(t('s_' + e.status)),
            cell(bdi(e.article_id)));
  tr.addEventListener('click', () => openArticle(e.article_id, e.event_id));
  return tr;
}
