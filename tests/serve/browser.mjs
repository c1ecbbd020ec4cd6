// Browser checks of the dashboard (issue 18): the map shows the events, the table's rows are the
// API's, brushing the timeline narrows the table, the article view highlights the right
// characters (a text with an emoji and vowel marks before its spans), and no request leaves
// the loopback. Usage: node browser.mjs BASE_URL SCREENSHOT_DIR PROFILE_DIR TOOLS_PACKAGE_JSON
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const [base, shots, profile, pkg] = process.argv.slice(2);
const { chromium } = createRequire(pkg)('playwright-core');
let failures = 0;
function check(name, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : ': ' + detail}`);
  if (!ok) failures++;
}
async function api(p) { return (await fetch(new URL('/api/v1/' + p, base))).json(); }

mkdirSync(profile, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 1000 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-quic', '--enable-unsafe-swiftshader'],
});
const outside = [], consoleErrors = [];
await context.route('**/*', route => {
  const u = new URL(route.request().url());
  if (u.hostname === '127.0.0.1' || u.protocol === 'data:') return route.continue();
  outside.push(u.href);
  return route.abort();
});
const page = context.pages()[0] || await context.newPage();
page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
page.on('pageerror', e => consoleErrors.push(String(e)));
const ready = () => page.waitForFunction(() => document.body.dataset.ready === 'yes', null, { timeout: 20000 });

try {
  // 1. The map shows every placed event: one marker per distinct place (as the page groups them).
  await page.goto(base);
  await ready();
  const events = (await api('events?limit=1000')).items;
  // Expected markers, worked out here from the API: one per distinct coordinate (hollow when the
  // precision is a province or a country), one hollow per country of the events without any.
  const vagueKinds = ['admin1', 'country', 'region'];
  const solid = new Set(), hollowKeys = new Set();
  for (const e of events) {
    if (typeof e.latitude === 'number') {
      const k = `${e.latitude.toFixed(4)},${e.longitude.toFixed(4)}`;
      (vagueKinds.includes(e.geo_precision) ? hollowKeys : solid).add(k);
    } else if (e.country) hollowKeys.add('country:' + e.country);
  }
  const markers = await page.locator('path.ev-marker').count();
  check('the map has one marker per event place', markers === solid.size + hollowKeys.size && solid.size > 0,
        `${markers} markers, ${solid.size} + ${hollowKeys.size} places`);
  const hollow = await page.locator('path.ev-vague').count();
  check('province- and country-level places are hollow', hollow === hollowKeys.size && hollow > 0,
        `${hollow} vs ${hollowKeys.size}`);
  await page.screenshot({ path: path.join(shots, 'dashboard.png'), fullPage: true });

  // 2. The table's rows are the API's first page in the same order.
  const apiPage = await api('events?limit=25&sort=date&order=desc');
  const rows = await page.locator('#events tbody tr').evaluateAll(trs => trs.map(tr => tr.dataset.eventId));
  check('the table rows match the API', JSON.stringify(rows) === JSON.stringify(apiPage.items.map(e => e.event_id)),
        `${rows.length} rows vs ${apiPage.items.length}`);
  const before = Number(await page.evaluate(() => document.body.dataset.total));

  // 3. Brushing the timeline's first third sets from/to and narrows the table.
  const over = page.locator('#timeline .u-over');
  const box = await over.boundingBox();
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => new URLSearchParams(location.search).has('from'), null, { timeout: 10000 });
  await ready();
  const params = new URLSearchParams(new URL(page.url()).search);
  const after = Number(await page.evaluate(() => document.body.dataset.total));
  const dates = await page.locator('#events tbody tr td:first-child').allTextContents();
  check('brushing sets a date range in the URL', params.has('from') && params.has('to'), page.url());
  check('brushing narrows the table', after > 0 && after < before, `${before} -> ${after}`);
  check('every row lies in the brushed range', dates.every(d => d >= params.get('from') && d <= params.get('to')),
        dates.join(' '));
  const expected = await api('events?limit=1000&from=' + params.get('from') + '&to=' + params.get('to'));
  check('the narrowed table is the API\'s answer for that range', after === expected.total, `${after} vs ${expected.total}`);
  await page.screenshot({ path: path.join(shots, 'brushed.png'), fullPage: true });

  // 4. The article view: every highlighted trigger is exactly the API's mention text, even after
  // an emoji and vowel marks, where slicing UTF-16 at code-point offsets would miss.
  const article = await api('articles/serve-test-emoji');
  const mentions = article.events.flatMap(e => e.mentions);
  check('the test article has events to highlight', mentions.length > 0);
  check('the test would catch a UTF-16 slip',
        mentions.some(m => article.text.slice(m.start, m.end) !== m.text));
  await page.goto(base + '?article=serve-test-emoji&event=' + encodeURIComponent(article.events[0].event_id));
  await ready();
  await page.waitForFunction(() => window.rasdArticle && CSS.highlights.has('trigger'), null, { timeout: 10000 });
  const drawn = await page.evaluate(() => {
    const out = {};
    for (const layer of ['trigger', 'place', 'actor', 'count', 'date', 'quote', 'focus'])
      out[layer] = CSS.highlights.has(layer) ? [...CSS.highlights.get(layer)].map(r => r.toString()) : [];
    return out;
  });
  check('triggers highlight the mentions\' characters',
        JSON.stringify([...drawn.trigger].sort()) === JSON.stringify(mentions.map(m => m.text).sort()),
        JSON.stringify(drawn.trigger) + ' vs ' + JSON.stringify(mentions.map(m => m.text)));
  const counts = article.counts.map(c => [...article.text].slice(c.start, c.end).join(''));
  check('counts highlight the counted words', JSON.stringify(drawn.count.sort()) === JSON.stringify(counts.sort()),
        JSON.stringify(drawn.count) + ' vs ' + JSON.stringify(counts));
  const places2 = article.entities.filter(e => e.type === 'LOC').flatMap(e => e.mentions)
    .map(m => [...article.text].slice(m.start, m.end).join(''));
  check('places highlight the place names', JSON.stringify(drawn.place.sort()) === JSON.stringify(places2.sort()),
        JSON.stringify(drawn.place) + ' vs ' + JSON.stringify(places2));
  check('the selected event is focused', drawn.focus.length > 0);
  const provenance = await page.locator('#provenance').textContent();
  check('the provenance shows the text hash', provenance.includes(article.sha256));
  const dispute = await page.locator('#dispute-body').textContent();
  check('the dispute panel shows the telling\'s sentence', await page.locator('#dispute').isVisible() && dispute.length > 10);
  // Each telling carries the figures written in its own sentence.
  const ev = await api('events/' + encodeURIComponent(article.events[0].event_id));
  const wanted = ev.tellings.map(tl => article.counts.filter(c => c.start >= tl.start && c.end <= tl.end)
    .map(c => String(c.value)).join(' · ')).filter(Boolean);
  const shown = await page.locator('#dispute-body .telling .figures').allTextContents();
  check('each telling shows its own figures', wanted.length > 0 && JSON.stringify(shown.map(x => x.trim())) === JSON.stringify(wanted),
        JSON.stringify(shown) + ' vs ' + JSON.stringify(wanted));
  await page.screenshot({ path: path.join(shots, 'article.png'), fullPage: true });

  // 5. English interface, same state.
  await page.click('#lang');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr', null, { timeout: 5000 });
  await ready();
  check('the English toggle switches direction and labels', (await page.locator('h1').textContent()) === 'rasd');
  await page.screenshot({ path: path.join(shots, 'english.png'), fullPage: true });

  check('no request left the loopback', outside.length === 0, outside.join(' '));
  check('no console errors (CSP included)', consoleErrors.length === 0, consoleErrors.join(' | '));
} catch (e) {
  check('the run finished', false, e.stack || String(e));
} finally {
  await context.close();
}
process.exit(failures ? 1 : 0);
