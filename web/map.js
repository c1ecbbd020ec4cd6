// The map: country outlines (world-atlas, vendored) and the filtered events. Events at one place
// share a marker whose popup lists them; a marker is hollow and dashed when the place is only a
// province or a country, so an approximate place never looks like a hot spot. An event with a
// country but no coordinates (a province has none in the gazetteer) is drawn hollow at its
// province's label point when the admin-1 outlines have it, else at its country's centre.
import { initAdmin1, provinceAt } from './admin1.js';
import { t } from './i18n.js';
import { typeColor } from './colors.js';
import { getJSON } from './api.js';

let map, layer;
const VAGUE = new Set(['admin1', 'country', 'region']);
const centres = new Map();  // ISO numeric code -> [lat, lon] of the outline's bounding box centre

// Where an event is drawn and whether that place is only approximate; null when nowhere.
export function placeOf(e, numeric) {
  if (typeof e.latitude === 'number' && typeof e.longitude === 'number')
    return { at: [e.latitude, e.longitude], vague: VAGUE.has(e.geo_precision),
             key: e.latitude.toFixed(4) + ',' + e.longitude.toFixed(4) + ',' + VAGUE.has(e.geo_precision) };
  const a = e.country && e.admin1 && provinceAt(e.country, e.admin1);  // web/admin1.js
  if (a) return { at: a, vague: true, key: 'admin1:' + e.country + '.' + e.admin1 };
  const c = e.country && centres.get(numeric[e.country]);
  return c ? { at: c, vague: true, key: 'country:' + e.country } : null;
}

export async function initMap() {
  map = L.map('map', { zoomControl: true, attributionControl: true, worldCopyJump: false }).setView([27, 40], 4);
  map.attributionControl.setPrefix(false).addAttribution('Natural Earth · GeoNames');
  try {
    const topo = await (await fetch('vendor/countries-50m.json')).json();
    const countries = topojson.feature(topo, topo.objects.countries);
    const outlines = L.geoJSON(countries, { style: { color: '#8a98a8', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map);
    outlines.eachLayer(l => {
      const c = l.getBounds().getCenter();
      centres.set(String(l.feature.id), [c.lat, c.lng]);
    });
  } catch (e) { console.warn('outlines', e); }
  await initAdmin1(map).catch(e => console.warn('admin-1 outlines', e));  // web/admin1.js
  layer = L.layerGroup().addTo(map);
}

export function drawEvents(events, numeric, openArticle) {
  layer.clearLayers();
  const groups = new Map();
  for (const e of events) {
    const p = placeOf(e, numeric);
    if (!p) continue;
    if (!groups.has(p.key)) groups.set(p.key, { place: p, events: [] });
    groups.get(p.key).events.push(e);
  }
  const bounds = [];
  for (const { place, events: group } of groups.values()) {
    const e0 = group[0], vague = place.vague;
    const types = new Set(group.map(e => e.type));
    const color = types.size === 1 ? typeColor(e0.type) : '#37474f';
    const m = L.circleMarker(place.at, {
      radius: 6 + Math.min(14, 3 * Math.sqrt(group.length - 1)), color, weight: 2,
      fillColor: color, fillOpacity: vague ? 0 : 0.65, dashArray: vague ? '4 3' : null,
      className: 'ev-marker' + (vague ? ' ev-vague' : ''),
    });
    m.bindPopup(() => popup(group, openArticle), { maxWidth: 320 });
    m.addTo(layer);
    bounds.push(place.at);
  }
  if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7 });
  return groups.size;
}

function popup(group, openArticle) {
  const div = document.createElement('div');
  const h = document.createElement('strong');
  h.textContent = group[0].location || group[0].country || '';
  div.append(h);
  const ul = document.createElement('ul');
  for (const e of group.slice(0, 30)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = `${e.type} · `;
    a.append(document.createElement('bdi'));
    a.lastChild.textContent = e.event_date || '—';
    if (e.dead) a.append(` · ${e.dead} ${t('dead')}`);
    a.addEventListener('click', ev => { ev.preventDefault(); openArticle(e.article_id, e.event_id); });
    li.append(a);
    // A happening several articles tell: its other tellings (outlet, date, dead), fetched when the
    // popup opens; each opens its own article.
    if (e.cluster_id && e.cluster_articles > 1) {
      const told = document.createElement('div');
      told.className = 'ev-cluster';
      told.textContent = t('cluster', e.cluster_articles, e.cluster_outlets);
      const sub = document.createElement('ul');
      told.append(sub);
      li.append(told);
      getJSON('events?all=1&limit=50&cluster=' + encodeURIComponent(e.cluster_id)).then(page => {
        for (const s of page.items) {
          if (s.event_id === e.event_id) continue;
          const si = document.createElement('li');
          const sa = document.createElement('a');
          sa.href = '#';
          sa.append(document.createElement('bdi'));
          sa.lastChild.textContent = s.outlet || s.article_id;
          sa.append(` · ${s.event_date || '—'}`);
          if (s.dead) sa.append(` · ${s.dead} ${t('dead')}`);
          sa.addEventListener('click', ev => { ev.preventDefault(); openArticle(s.article_id, s.event_id); });
          si.append(sa);
          sub.append(si);
        }
      }).catch(err => console.warn('cluster', err));
    }
    ul.append(li);
  }
  div.append(ul);
  return div;
}

export function legend(el) {
  el.replaceChildren();
  for (const [cls, key] of [['', 'precise'], ['hollow', 'vague']]) {
    const s = document.createElement('span');
    const sw = document.createElement('span');
    sw.className = 'swatch ' + cls;
    sw.style.borderColor = '#37474f';
    sw.style.background = cls ? 'transparent' : '#37474f';
    s.append(sw, ' ', t(key));
    el.append(s);
  }
}
