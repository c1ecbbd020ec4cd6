// The timeline: events (bars) and dead (line) per day or week from /aggregate. Dragging across
// it sets the date filter of every panel, the map included.
import { t } from './i18n.js';

let plot = null;

function toSeconds(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 1000; }
function toIso(sec) { return new Date(sec * 1000).toISOString().slice(0, 10); }

export function drawTimeline(el, rows, bucket, onBrush) {
  const step = bucket === 'week' ? 7 * 86400 : 86400;
  // Every bucket in the range, empty ones at 0, so the time axis is not bent.
  const xs = [], events = [], dead = [];
  if (rows.length) {
    const byKey = new Map(rows.map(r => [r.key, r]));
    for (let x = toSeconds(rows[0].key); x <= toSeconds(rows[rows.length - 1].key); x += step) {
      const r = byKey.get(toIso(x));
      xs.push(x); events.push(r ? r.events : 0); dead.push(r ? r.dead : 0);
    }
  }
  if (plot) { plot.destroy(); plot = null; }
  el.replaceChildren();
  const width = Math.max(300, el.clientWidth || 500);
  const bars = uPlot.paths.bars({ size: [0.8, 40] });
  plot = new uPlot({
    width, height: 220,
    scales: { x: { time: true }, dead: { auto: true } },
    // Counts are whole: integer ticks only; long ranges show months, short ones days.
    axes: [{ space: 90, values: (u, vals) => vals.map(v => (xs.length && xs[xs.length - 1] - xs[0] > 120 * 86400) ? toIso(v).slice(0, 7) : toIso(v)) },
           { label: t('events_word'), values: (u, vals) => vals.map(v => Number.isInteger(v) ? String(v) : '') },
           { side: 1, scale: 'dead', label: t('dead_word'), grid: { show: false },
             values: (u, vals) => vals.map(v => Number.isInteger(v) ? String(v) : '') }],
    series: [{ value: (u, v) => v == null ? '' : toIso(v) },
             { label: t('events_word'), stroke: '#0b6e4f', fill: 'rgba(11,110,79,.35)', paths: bars },
             { label: t('dead_word'), stroke: '#c62828', width: 2, scale: 'dead' }],
    cursor: { drag: { x: true, y: false, setScale: false } },
    hooks: {
      setSelect: [u => {
        if (u.select.width < 2) return;
        const a = u.posToVal(u.select.left, 'x'), b = u.posToVal(u.select.left + u.select.width, 'x');
        // The buckets whose start lies in the selection; a week runs to its Sunday.
        const inside = xs.filter(x => x >= a && x <= b);
        if (!inside.length) return;
        const from = toIso(inside[0]);
        const to = toIso(inside[inside.length - 1] + (bucket === 'week' ? 6 * 86400 : 0));
        u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
        onBrush(from, to);
      }],
    },
  }, [xs, events, dead], el);
  return xs.length;
}
