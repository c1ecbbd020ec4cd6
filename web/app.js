// Wires the panels to the one filter state in the URL (state.js): a change of any filter
// redraws the map, the timeline, the table and the export links; the article view opens from
// any of them and is in the URL too (article, event), so a link leads to the sentence.
import { getJSON, getAll } from './api.js';
import { state, update, onChange, filterQuery } from './state.js';
import { applyLanguage, t } from './i18n.js';
import { initMap, drawEvents, legend as mapLegend } from './map.js';
import { drawAdmin1 } from './admin1.js';
import { drawTimeline } from './timeline.js';
import { drawTable, bindSorting, resetPaging } from './table.js';
import { showArticle, hideArticle, relabel } from './article.js';

const form = document.getElementById('filters');
const FORM_KEYS = ['from', 'to', 'type', 'country', 'actor', 'q'];
let meta = null;

function openArticle(articleId, eventId) { update({ article: articleId, event: eventId || null }); }

function syncForm() {
  const s = state();
  for (const k of FORM_KEYS) form.elements[k].value = s.get(k) || '';
  form.elements.status.value = s.get('all') === '1' ? 'all' : (s.get('status') || '');
  document.getElementById('bucket').value = s.get('by') || 'day';
}

function fillSelect(select, values) {
  for (const v of values) {
    const o = document.createElement('option');
    o.value = v; o.textContent = v;
    select.append(o);
  }
}

function exportLinks() {
  for (const f of ['csv', 'acled', 'jsonl'])
    document.getElementById('exp-' + f).href = '/api/v1/export?' + filterQuery({ format: f });
}

async function redraw() {
  exportLinks();
  const status = document.body.dataset;
  status.ready = 'no';
  const [events, agg, provinces] = await Promise.all([
    getAll('events', filterQuery()),
    getJSON('aggregate?' + filterQuery({ by: state().get('by') || 'day' })),
    getJSON('aggregate?' + filterQuery({ by: 'admin1' })),
  ]);
  drawAdmin1(provinces.rows);  // before the markers: the map's one SVG paints in order, totals under points
  const markers = drawEvents(events, meta.country_numeric || {}, openArticle);
  drawTimeline(document.getElementById('timeline'), agg.rows, state().get('by') || 'day',
               (from, to) => { resetPaging(); update({ from, to }); });
  const page = await drawTable(openArticle);
  document.getElementById('summary').textContent = t('summary', agg.total.events, agg.total.articles, agg.total.dead);
  status.markers = String(markers);
  status.total = String(page.total);
  status.ready = 'yes';
}

async function syncArticle() {
  const s = state();
  if (s.get('article')) await showArticle(s.get('article'), s.get('event')); else hideArticle();
  document.body.dataset.article = s.get('article') || '';
}

async function main() {
  applyLanguage();
  await initMap();
  mapLegend(document.getElementById('map-legend'));
  meta = await getJSON('meta');
  fillSelect(form.elements.type, meta.types);
  fillSelect(form.elements.country, meta.countries);
  document.getElementById('credits').textContent = meta.credits.join(' · ') + ' · rasd ' + meta.engine_version;
  syncForm();
  bindSorting();
  form.addEventListener('change', ev => {
    const el = ev.target;
    resetPaging();
    if (el.name === 'status') update({ all: el.value === 'all' ? '1' : null, status: el.value === 'all' ? null : el.value });
    else update({ [el.name]: el.value });
  });
  form.addEventListener('submit', ev => ev.preventDefault());
  document.getElementById('reset').addEventListener('click', () => {
    resetPaging();
    update(Object.fromEntries(['from', 'to', 'type', 'country', 'admin1', 'actor', 'q', 'status', 'all'].map(k => [k, null])));
  });
  document.getElementById('bucket').addEventListener('change', ev => update({ by: ev.target.value }));
  document.getElementById('lang').addEventListener('click', () => update({ lang: state().get('lang') === 'en' ? null : 'en' }));
  document.getElementById('close-article').addEventListener('click', () => update({ article: null, event: null }));
  onChange(async changes => {
    syncForm();
    const keys = changes ? Object.keys(changes) : null;
    if (!keys || keys.includes('lang')) { applyLanguage(); mapLegend(document.getElementById('map-legend')); relabel(); }
    const articleOnly = keys && keys.every(k => k === 'article' || k === 'event');
    if (!articleOnly) await redraw().catch(showError);
    if (!keys || ['article', 'event', 'lang'].some(k => keys.includes(k))) await syncArticle().catch(showError);
  });
  await redraw();
  await syncArticle();
}

function showError(e) {
  document.getElementById('summary').textContent = '⚠ ' + e.message;
  document.body.dataset.ready = 'error';
}

main().catch(showError);
