// The article view: the stored text, right to left, with its evidence highlighted through the
// CSS Custom Highlight API (overlapping spans allowed, the text node untouched). The API's
// offsets are code points; JavaScript strings index UTF-16 units, so every offset goes through
// one code point → UTF-16 table before a Range is made (an emoji before a span would otherwise
// shift every highlight after it).
import { getJSON } from './api.js';
import { t, bdi } from './i18n.js';
import { typeColor } from './colors.js';

export const LAYERS = ['trigger', 'place', 'actor', 'count', 'date', 'quote'];
const hidden = new Set();
let current = null;  // {article, node, spans: {layer: [[a, b]]}, unitOf}

// unitOf[cp] = UTF-16 index of code point cp (and unitOf[length] = text.length).
export function codePointIndex(text) {
  const unitOf = [];
  let u = 0;
  for (const ch of text) { unitOf.push(u); u += ch.length; }
  unitOf.push(u);
  return unitOf;
}

function range(node, unitOf, a, b) {
  const n = unitOf.length - 1;
  a = Math.max(0, Math.min(a, n)); b = Math.max(a, Math.min(b, n));
  const r = new Range();
  r.setStart(node, unitOf[a]);
  r.setEnd(node, unitOf[b]);
  return r;
}

function collectSpans(article) {
  const spans = { trigger: [], place: [], actor: [], count: [], date: [], quote: [] };
  for (const e of article.events) for (const m of e.mentions || []) spans.trigger.push([m.start, m.end, e.event_id]);
  for (const ent of article.entities || []) {
    const layer = ent.type === 'LOC' ? 'place' : 'actor';
    for (const m of ent.mentions || []) spans[layer].push([m.start, m.end]);
  }
  for (const c of article.counts || []) spans.count.push([c.start, c.end]);
  for (const d of article.dates || []) spans.date.push([d.start, d.end]);
  for (const q of article.quotes || []) spans.quote.push([q.start, q.end]);
  return spans;
}

function paint() {
  if (!current || !window.CSS || !CSS.highlights) return;
  for (const layer of LAYERS) {
    CSS.highlights.delete(layer);
    if (hidden.has(layer)) continue;
    const h = new Highlight(...current.spans[layer].map(([a, b]) => range(current.node, current.unitOf, a, b)));
    CSS.highlights.set(layer, h);
  }
}

function legend() {
  const el = document.getElementById('hl-legend');
  el.replaceChildren();
  for (const layer of LAYERS) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !hidden.has(layer);
    box.addEventListener('change', () => { if (box.checked) hidden.delete(layer); else hidden.add(layer); paint(); });
    const name = document.createElement('span');
    name.className = 'hl-' + layer;
    name.textContent = t('l_' + layer) + ' (' + (current ? current.spans[layer].length : 0) + ')';
    label.append(box, name);
    el.append(label);
  }
}

function provenance(a) {
  const s = a.stored || {};
  const rows = [['p_outlet', s.outlet], ['p_url', s.url], ['p_published', s.published],
                ['p_sha', a.sha256], ['p_engine', s.engine_version], ['p_recomputed', a.recomputed_by]];
  const dl = document.getElementById('provenance');
  dl.replaceChildren();
  for (const [k, v] of rows) {
    if (!v) continue;
    const dt = document.createElement('dt'); dt.textContent = t(k);
    const dd = document.createElement('dd'); dd.append(bdi(v));  // URLs stay text: no click leaves the machine
    dl.append(dt, dd);
  }
}

// Scrolls to an event's first mention and marks its mentions.
function focusEvent(eventId) {
  if (!current || !CSS.highlights) return;
  const spans = current.spans.trigger.filter(s => s[2] === eventId);
  CSS.highlights.set('focus', new Highlight(...spans.map(([a, b]) => range(current.node, current.unitOf, a, b))));
  if (spans.length) {
    const r = range(current.node, current.unitOf, spans[0][0], spans[0][1]);
    const box = r.getBoundingClientRect(), pane = document.getElementById('article-text');
    pane.scrollTop += box.top - pane.getBoundingClientRect().top - 60;
  }
  for (const li of document.querySelectorAll('#article-events li')) li.classList.toggle('selected', li.dataset.eventId === eventId);
  dispute(eventId);
}

// A claim's figure as written in the panel: its number, or its range when it has no single one.
function claimFigure(f) {
  if (f.value !== undefined) return String(f.value);
  return f.min !== undefined && f.max !== undefined ? `${f.min}–${f.max}` : '?';
}

function claimNode(c) {
  const s = document.createElement('span');
  s.className = 'claim' + (c.chosen ? ' chosen' : '');
  Object.assign(s.dataset, { role: c.role, value: claimFigure(c.figure), start: c.figure.start, end: c.figure.end,
                             chosen: c.chosen });
  s.title = c.text;  // the words the figure was read from
  s.append(bdi(`${t(c.role)} ${claimFigure(c.figure)}`));
  return s;
}

function claimList(claims) {
  const fig = document.createElement('strong');
  fig.className = 'figures';
  claims.forEach((c, i) => { if (i) fig.append(' · '); fig.append(claimNode(c)); });
  fig.append(' ');
  return fig;
}

// Each telling of the event with its sentence and outlet, beside the event's chosen figures.
// The figures under each telling are the event's stored count claims (event.count_claims) that
// lie in its sentence, the chosen ones marked: the panel shows what the store holds, whatever
// engine serves it. An event stored before claims were has null there, and the panel says so.
async function dispute(eventId) {
  const panel = document.getElementById('dispute'), body = document.getElementById('dispute-body');
  const e = await getJSON('events/' + encodeURIComponent(eventId)).catch(() => null);
  if (!e) { panel.hidden = true; return; }
  body.replaceChildren();
  const figures = document.createElement('p');
  const parts = Object.entries(e.counts).map(([role, c]) => {
    const range = c.min !== null && c.max !== null && c.min !== c.max ? ` (${c.min}–${c.max})` : '';
    return `${t(role)}: ${c.value}${range} ${c.qualifier ? t('q_' + c.qualifier) : ''}`;
  });
  figures.append(bdi(parts.length ? parts.join(' · ') : t('no_counts')));
  body.append(figures);
  const claims = e.event.count_claims;
  if (claims === null || claims === undefined) {
    const note = document.createElement('p');
    note.className = 'claims-unknown';
    note.textContent = t('claims_unknown');
    body.append(note);
  }
  const placed = new Set();
  for (const telling of e.tellings) {
    const d = document.createElement('div');
    d.className = 'telling';
    d.dir = 'rtl';  // the article's own direction, whatever the interface's
    const own = (claims || []).filter(c => c.figure.start >= telling.start && c.figure.end <= telling.end);
    own.forEach(c => placed.add(c));
    if (own.length) d.append(claimList(own));
    d.append(telling.sentence);
    const src = document.createElement('small');
    src.append(' — ', bdi(telling.outlet || ''));
    d.append(src);
    body.append(d);
  }
  // A figure bound to the event from outside its tellings' sentences is still one of its claims.
  const rest = (claims || []).filter(c => !placed.has(c));
  if (rest.length) {
    const d = document.createElement('div');
    d.className = 'telling elsewhere';
    d.dir = 'rtl';
    d.append(claimList(rest), rest.map(c => c.text).join(' · '));
    body.append(d);
  }
  panel.hidden = false;
}

export async function showArticle(id, eventId) {
  const panel = document.getElementById('article-panel');
  const a = await getJSON('articles/' + encodeURIComponent(id));
  const pane = document.getElementById('article-text');
  const node = document.createTextNode(a.text);  // text, never HTML: news text may hold '<'
  pane.replaceChildren(node);
  current = { article: a, node, unitOf: codePointIndex(a.text), spans: collectSpans(a) };
  window.rasdArticle = current;  // for the browser tests and the console
  provenance(a);
  const list = document.getElementById('article-events');
  list.replaceChildren();
  for (const e of a.events) {
    const li = document.createElement('li');
    li.dataset.eventId = e.event_id;
    const chip = document.createElement('span');
    chip.className = 'type-chip';
    chip.style.background = typeColor(e.type);
    chip.textContent = e.type;
    li.append(chip, ' ', bdi(e.event_date || '—'), ' ', e.status !== 'asserted' ? `(${e.status})` : '');
    li.addEventListener('click', () => focusEvent(e.event_id));
    list.append(li);
  }
  panel.hidden = false;
  legend();
  paint();
  panel.scrollIntoView({ block: 'start' });
  if (eventId) focusEvent(eventId); else document.getElementById('dispute').hidden = true;
  return a;
}

export function hideArticle() {
  document.getElementById('article-panel').hidden = true;
  current = null;
  if (window.CSS && CSS.highlights) CSS.highlights.clear();
}

export function relabel() { if (current) legend(); }
