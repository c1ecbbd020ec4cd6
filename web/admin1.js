// The admin-1 layer: province outlines (Natural Earth, vendor/admin1.topo.json) and the filtered
// events' totals per province from /aggregate?by=admin1, drawn either as circles at the
// province's label point (area grows with the count) or as a choropleth. The choice is kept in
// the URL (a1=choropleth), as every view setting is. Provinces join on the GeoNames admin-1 code:
// the API's key "SY/09" is the outline's "SY.09". Totals whose province has no outline here (a
// country outside the vendored region, a code Natural Earth lacks) are listed, not dropped.
import { t } from './i18n.js';
import { state, update } from './state.js';

// ColorBrewer OrRd without its palest class, which vanishes on the map's beige land.
const BINS = ['#fdcc8a', '#fc8d59', '#e34a33', '#b30000', '#7f0000'];
let map, outlines = null, circles = null;
const byCode = new Map();  // GeoNames admin-1 code -> outline layer
let drawn = { mode: 'circles', from: null, circles: [], filled: [], unmatched: [] };

// The label point of a province (GeoNames country and admin-1 code), or null when not outlined.
export function provinceAt(country, admin1) {
  const l = byCode.get(country + '.' + admin1);
  return l ? l.feature.properties.at : null;
}

export function admin1Mode() { return state().get('a1') === 'choropleth' ? 'choropleth' : 'circles'; }

// Loads the outlines. Called after the countries are drawn and before the event markers exist:
// one SVG paints in the order of addition, so provinces lie over the countries' fill and under
// the markers (which are redrawn after the totals on every change, see app.js).
export async function initAdmin1(leafletMap) {
  map = leafletMap;
  const topo = await (await fetch('vendor/admin1.topo.json')).json();
  const geo = topojson.feature(topo, topo.objects.admin1);
  outlines = L.geoJSON(geo, {
    interactive: true,
    style: { color: '#a7b1bd', weight: 0.5, fill: true, fillOpacity: 0, className: 'admin1-outline' },
    onEachFeature: (f, l) => {
      if (f.properties.code) byCode.set(f.properties.code, l);
      l.bindTooltip(() => label(f.properties, l.total), { sticky: true, direction: 'top' });
    },
  }).addTo(map);
  circles = L.layerGroup().addTo(map);
  const button = document.getElementById('admin1-mode');
  button.addEventListener('click', () => update({ a1: admin1Mode() === 'circles' ? 'choropleth' : null }));
  // For the browser test: what was drawn, and a province's outline by its code.
  window.rasdAdmin1 = {
    totals: () => drawn,
    geometry: code => byCode.get(code)?.feature.geometry ?? null,
    labelPixel: code => {  // where a province's label point is on screen (viewport pixels)
      const l = byCode.get(code);
      if (!l) return null;
      const p = map.latLngToContainerPoint(l.feature.properties.at), r = map.getContainer().getBoundingClientRect();
      return [r.left + p.x, r.top + p.y];
    },
  };
}

function label(p, total) {
  const name = (document.documentElement.lang === 'en' ? p.en : p.ar) || p.en || p.code || '';
  return total ? `${name}: ${t('admin1_total', total.events, total.dead)}` : name;
}

// Class breaks for the choropleth: 1, then quantiles of the counts (so one big province does
// not wash out the rest), each class at least one event wider than the last.
function breaks(values) {
  const v = [...values].sort((a, b) => a - b), out = [];
  for (let i = 1; i < BINS.length; i++) {
    const q = v[Math.min(v.length - 1, Math.floor(i * v.length / BINS.length))];
    out.push(Math.max(q, (out[out.length - 1] || 1) + 1));
  }
  return out;  // a count c falls in the first class whose break exceeds it
}

// Draws the totals of one /aggregate?by=admin1 answer in the current mode.
export function drawAdmin1(rows) {
  const mode = admin1Mode();
  document.getElementById('admin1-mode').textContent = t(mode === 'circles' ? 'a1_to_choropleth' : 'a1_to_circles');
  if (!outlines) return;
  circles.clearLayers();
  for (const l of byCode.values()) { l.total = null; l.setStyle({ fillOpacity: 0 }); }
  const matched = [], unmatched = [];
  for (const r of rows) {
    const layer = byCode.get(r.key.replace('/', '.'));
    if (!layer) { unmatched.push(r.key); continue; }
    layer.total = r;
    matched.push({ key: r.key, events: r.events, layer });
  }
  const max = Math.max(1, ...matched.map(m => m.events));
  const cuts = breaks(matched.map(m => m.events));
  for (const m of matched) {
    if (mode === 'choropleth') {
      const cls = cuts.findIndex(c => m.events < c);
      m.layer.setStyle({ fillColor: BINS[cls < 0 ? BINS.length - 1 : cls], fillOpacity: 0.75 });
    } else {
      const at = m.layer.feature.properties.at;
      L.circleMarker(at, {
        radius: 5 + 20 * Math.sqrt(m.events / max), color: '#7b3f00', weight: 1,
        fillColor: '#f08050', fillOpacity: 0.35, className: 'admin1-total', interactive: false,
      }).addTo(circles);
    }
  }
  const plain = m => ({ key: m.key, events: m.events });
  drawn = { mode, from: state().get('from'), unmatched,
            circles: mode === 'circles' ? matched.map(plain) : [],
            filled: mode === 'choropleth' ? matched.map(plain) : [] };
  legend(mode, cuts, unmatched.length);
  document.body.dataset.admin1 = 'yes';
}

function legend(mode, cuts, unmatched) {
  const el = document.getElementById('admin1-legend');
  el.replaceChildren();
  if (mode === 'choropleth') {
    BINS.forEach((colour, i) => {
      const lo = i === 0 ? 1 : cuts[i - 1], hi = i < cuts.length ? cuts[i] - 1 : null;
      if (hi !== null && hi < lo) return;
      const s = document.createElement('span'), sw = document.createElement('span'), b = document.createElement('bdi');
      sw.className = 'swatch square';
      sw.style.background = colour;
      sw.style.borderColor = colour;
      b.textContent = hi === null ? `${lo}+` : (hi === lo ? String(lo) : `${lo}–${hi}`);
      s.append(sw, ' ', b);
      el.append(s);
    });
  } else {
    const s = document.createElement('span'), sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.borderColor = '#7b3f00';
    sw.style.background = 'rgba(240,128,80,.35)';
    s.append(sw, ' ', t('a1_circles_legend'));
    el.append(s);
  }
  if (unmatched) {
    const s = document.createElement('span');
    s.textContent = t('a1_unmatched', unmatched);
    el.append(s);
  }
}
