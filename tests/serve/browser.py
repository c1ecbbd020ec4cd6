"""Browser checks of the dashboard (issue 18) in Debian's Chromium, driven by Debian's
python3-selenium and chromium-driver, so the test downloads nothing: the map shows the events,
the admin-1 layer draws the API's totals, the table's rows are the API's, brushing the timeline
narrows the table, the article view highlights the right characters (a text with an emoji and
vowel marks before its spans), and no request leaves the loopback.

Usage: /usr/bin/python3 browser.py BASE_URL SCREENSHOT_DIR PROFILE_DIR
Exit 0 when every check passes, 1 when one fails, 77 (ctest's skip) when the browser is absent.
"""
import base64
import json
import os
import sys
import time
import urllib.parse
import urllib.request

CHROMIUM, CHROMEDRIVER = '/usr/bin/chromium', '/usr/bin/chromedriver'
SKIP = 77

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    print('SKIP: python3-selenium is missing (scripts/install-deps installs it)')
    sys.exit(SKIP)
for binary, package in ((CHROMIUM, 'chromium'), (CHROMEDRIVER, 'chromium-driver')):
    if not os.access(binary, os.X_OK):
        print(f'SKIP: {binary} is missing (scripts/install-deps installs {package})')
        sys.exit(SKIP)

base, shots, profile = sys.argv[1:4]
failures = 0


def check(name, ok, detail=''):
    global failures
    print(f"{'ok  ' if ok else 'FAIL'} {name}{'' if ok or not detail else ': ' + str(detail)}", flush=True)
    if not ok:
        failures += 1


def api(path):
    with urllib.request.urlopen(urllib.parse.urljoin(base, '/api/v1/' + path), timeout=30) as r:
        return json.load(r)


def inside(lon, lat, geometry):
    # Even-odd ray casting over every ring of a (Multi)Polygon in GeoJSON's [lon, lat] order.
    polygons = geometry['coordinates'] if geometry['type'] == 'MultiPolygon' else [geometry['coordinates']]
    hit = False
    for ring in (r for p in polygons for r in p):
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
    return hit


def code_points(text, start, end):
    # Python strings index code points, as the API's offsets do.
    return text[start:end]


def launch():
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in ('--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu',
              '--window-size=1400,1000', f'--user-data-dir={profile}', '--no-first-run',
              '--disable-background-networking', '--disable-component-update', '--disable-sync',
              '--disable-quic', '--enable-unsafe-swiftshader',
              # Every request that is not to the loopback goes to a closed loopback port, so an
              # outside request fails here (and shows in the log below) instead of leaving.
              '--proxy-server=http://127.0.0.1:9'):
        opts.add_argument(a)
    # The performance log carries Network.requestWillBeSent for every request the page makes.
    opts.set_capability('goog:loggingPrefs', {'performance': 'ALL', 'browser': 'ALL'})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)


driver = launch()
requested, console_errors = [], []


def drain_logs():
    for entry in driver.get_log('performance'):
        msg = json.loads(entry['message'])['message']
        if msg.get('method') == 'Network.requestWillBeSent':
            requested.append(msg['params']['request']['url'])
    console_errors.extend(e['message'] for e in driver.get_log('browser') if e['level'] == 'SEVERE')


# Schemes that never reach the network (the browser's own pages and in-page data).
LOCAL_SCHEMES = ('data', 'blob', 'about', 'chrome', 'chrome-untrusted', 'devtools')


def outside(urls):
    out = []
    for u in urls:
        p = urllib.parse.urlsplit(u)
        if p.scheme in LOCAL_SCHEMES:
            continue
        if p.hostname != '127.0.0.1':
            out.append(u)
    return out


def wait_for(script, timeout=20):
    WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: d.execute_script('return ' + script))


def ready():
    wait_for("document.body.dataset.ready === 'yes'")


def screenshot(name):
    # The whole page, not only the window: Chromium's own capture beyond the viewport.
    size = driver.execute_script('return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]')
    shot = driver.execute_cdp_cmd('Page.captureScreenshot', {
        'format': 'png', 'captureBeyondViewport': True,
        'clip': {'x': 0, 'y': 0, 'width': size[0], 'height': size[1], 'scale': 1}})
    with open(os.path.join(shots, name), 'wb') as f:
        f.write(base64.b64decode(shot['data']))


def figure_text(f):
    # As the panel writes a figure (article.js claimFigure): its number, else its range.
    if 'value' in f:
        return str(f['value'])
    return f"{f['min']}–{f['max']}" if 'min' in f and 'max' in f else '?'


def claims_by_telling(ev):
    # The event's stored claims that lie in each telling's sentence, as "role:figure", in order.
    claims = ev['event']['count_claims'] or []
    return [[f"{c['role']}:{figure_text(c['figure'])}" for c in claims
             if tl['start'] <= c['figure']['start'] and c['figure']['end'] <= tl['end']] for tl in ev['tellings']]


def shown_by_telling():
    return driver.execute_script("""
      return [...document.querySelectorAll('#dispute-body .telling:not(.elsewhere)')].map(d =>
        [...d.querySelectorAll('.claim')].map(c => c.dataset.role + ':' + c.dataset.value));""")


def url_params():
    return urllib.parse.parse_qs(urllib.parse.urlsplit(driver.current_url).query)


try:
    # 1. The map shows every placed event: one marker per distinct place (as the page groups them).
    driver.get(base)
    ready()
    events = api('events?limit=1000')['items']
    # Expected markers, worked out here from the API: one per distinct coordinate (hollow when the
    # precision is a province or a country); of the events without any, one hollow per province
    # that has an outline, else one per country.
    vague_kinds = ('admin1', 'country', 'region')
    solid, hollow_keys = set(), set()
    for e in events:
        if isinstance(e.get('latitude'), (int, float)) and not isinstance(e.get('latitude'), bool):
            k = f"{e['latitude']:.4f},{e['longitude']:.4f}"
            (hollow_keys if e.get('geo_precision') in vague_kinds else solid).add(k)
        elif e.get('country') and e.get('admin1') and driver.execute_script(
                'return window.rasdAdmin1.geometry(arguments[0]) !== null', f"{e['country']}.{e['admin1']}"):
            hollow_keys.add(f"admin1:{e['country']}.{e['admin1']}")
        elif e.get('country'):
            hollow_keys.add('country:' + e['country'])
    markers = len(driver.find_elements(By.CSS_SELECTOR, 'path.ev-marker'))
    check('the map has one marker per event place', markers == len(solid) + len(hollow_keys) and solid,
          f'{markers} markers, {len(solid)} + {len(hollow_keys)} places')
    hollow = len(driver.find_elements(By.CSS_SELECTOR, 'path.ev-vague'))
    check('province- and country-level places are hollow', hollow == len(hollow_keys) and hollow > 0,
          f'{hollow} vs {len(hollow_keys)}')
    # An event placed only by its province is drawn at that province's label point.
    province_only = {k.split(':', 1)[1] for k in hollow_keys if k.startswith('admin1:')}
    # Markers and label points are read in one call, once two readings in a row agree: while Leaflet
    # still animates a zoom, its panes carry a transform the projection does not know about.
    read_both = """return [[...document.querySelectorAll('path.ev-vague')].map(p => {
      const r = p.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }),
      arguments[0].map(c => window.rasdAdmin1.labelPixel(c))]"""
    codes = sorted(province_only)
    last = None
    for _ in range(50):
        reading = driver.execute_script(read_both, codes)
        if reading == last:
            break
        last = reading
        time.sleep(0.1)
    centres, labels = reading
    for code, at in zip(codes, labels):
        check(f'the province-only event of {code} is drawn at its province',
              any(abs(x - at[0]) < 1.5 and abs(y - at[1]) < 1.5 for x, y in centres), f'{at} vs {centres}')
    check('the test has a province-only event', len(province_only) > 0)
    screenshot('dashboard.png')

    # 2. Admin-1: the outlines draw, and each province with events shows the API's total.
    wait_for("document.body.dataset.admin1 === 'yes'")
    outlines = len(driver.find_elements(By.CSS_SELECTOR, 'path.admin1-outline'))
    check('the admin-1 outlines draw', outlines > 100, f'{outlines} outlines')
    agg = api('aggregate?by=admin1')
    want = {r['key']: r['events'] for r in agg['rows']}
    drawn = driver.execute_script('return window.rasdAdmin1 && window.rasdAdmin1.totals()')
    circles = {c['key']: c['events'] for c in drawn['circles']}
    check('the API has admin-1 totals to draw', len(want) > 0, json.dumps(agg))
    check('each admin-1 circle shows the API\'s total for its province',
          circles and all(want.get(k) == n for k, n in circles.items()), f'{circles} vs {want}')
    check('every admin-1 total is drawn or listed as without outline',
          sorted(list(circles) + drawn['unmatched']) == sorted(want), f"{circles} + {drawn['unmatched']} vs {want}")
    # The join is right: an event's coordinates lie inside the outline its admin-1 code names.
    placed = [e for e in events if e.get('admin1') and isinstance(e.get('latitude'), float)]
    misplaced = [(e['country'], e['admin1']) for e in placed if not inside(
        e['longitude'], e['latitude'],
        driver.execute_script('return window.rasdAdmin1.geometry(arguments[0])', f"{e['country']}.{e['admin1']}")
        or {'type': 'Polygon', 'coordinates': []})]
    check('placed events lie inside the outline of their admin-1 code', placed and not misplaced,
          f'{len(placed)} placed, outside: {misplaced}')
    n_circles = len(driver.find_elements(By.CSS_SELECTOR, 'path.admin1-total'))
    check('one circle per drawn province', n_circles == len(circles), f'{n_circles} vs {len(circles)}')
    # The choropleth: the same totals as fills, the provinces without events left unfilled.
    driver.find_element(By.CSS_SELECTOR, '#admin1-mode').click()
    wait_for("window.rasdAdmin1.totals().mode === 'choropleth'", 5)
    drawn = driver.execute_script('return window.rasdAdmin1.totals()')
    filled = {c['key']: c['events'] for c in drawn['filled']}
    check('the choropleth fills the same provinces with the same totals', filled == circles, f'{filled} vs {circles}')
    check('the choropleth draws no circles', not driver.find_elements(By.CSS_SELECTOR, 'path.admin1-total'))
    screenshot('admin1-choropleth.png')
    driver.find_element(By.CSS_SELECTOR, '#admin1-mode').click()
    wait_for("window.rasdAdmin1.totals().mode === 'circles'", 5)

    # 3. The table's rows are the API's first page in the same order.
    api_page = api('events?limit=25&sort=date&order=desc')
    rows = driver.execute_script("return [...document.querySelectorAll('#events tbody tr')].map(tr => tr.dataset.eventId)")
    check('the table rows match the API', rows == [e['event_id'] for e in api_page['items']],
          f"{len(rows)} rows vs {len(api_page['items'])}")
    before = int(driver.execute_script('return document.body.dataset.total'))

    # 4. Brushing the timeline's first third sets from/to and narrows the table.
    over = driver.find_element(By.CSS_SELECTOR, '#timeline .u-over')
    w, h = over.size['width'], over.size['height']
    # Offsets are from the element's centre (Selenium 4).
    chain = ActionChains(driver).move_to_element_with_offset(over, int(-w / 2 + 2), 0).click_and_hold()
    for _ in range(8):
        chain.move_by_offset(int(w / 3 / 8), 0)
    chain.release().perform()
    wait_for("new URLSearchParams(location.search).has('from')", 10)
    ready()
    params = url_params()
    after = int(driver.execute_script('return document.body.dataset.total'))
    dates = [td.text for td in driver.find_elements(By.CSS_SELECTOR, '#events tbody tr td:first-child')]
    check('brushing sets a date range in the URL', 'from' in params and 'to' in params, driver.current_url)
    lo, hi = params.get('from', [''])[0], params.get('to', [''])[0]
    check('brushing narrows the table', 0 < after < before, f'{before} -> {after}')
    check('every row lies in the brushed range', all(lo <= d <= hi for d in dates), ' '.join(dates))
    expected = api(f'events?limit=1000&from={lo}&to={hi}')
    check('the narrowed table is the API\'s answer for that range', after == expected['total'],
          f"{after} vs {expected['total']}")
    narrowed = {r['key']: r['events'] for r in api(f'aggregate?by=admin1&from={lo}&to={hi}')['rows']}
    wait_for('window.rasdAdmin1.totals().from === ' + json.dumps(lo), 5)
    drawn = driver.execute_script('return window.rasdAdmin1.totals()')
    circles = {c['key']: c['events'] for c in drawn['circles']}
    check('the admin-1 totals follow the brushed range',
          sorted(list(circles) + drawn['unmatched']) == sorted(narrowed) and all(narrowed[k] == n for k, n in circles.items()),
          f'{circles} vs {narrowed}')
    screenshot('brushed.png')

    # 5. The article view: every highlighted trigger is exactly the API's mention text, even after
    # an emoji and vowel marks, where slicing UTF-16 at code-point offsets would miss.
    article = api('articles/serve-test-emoji')
    mentions = [m for e in article['events'] for m in e['mentions']]
    check('the test article has events to highlight', len(mentions) > 0)
    utf16 = article['text'].encode('utf-16-le')
    check('the test would catch a UTF-16 slip',
          any(utf16[2 * m['start']:2 * m['end']].decode('utf-16-le', 'replace') != m['text'] for m in mentions))
    check('the API\'s mention texts are its code-point spans',
          all(code_points(article['text'], m['start'], m['end']) == m['text'] for m in mentions))
    # (a1=choropleth: the screenshot, also the README's, shows the other admin-1 mode too)
    driver.get(base + '?a1=choropleth&article=serve-test-emoji&event=' + urllib.parse.quote(article['events'][0]['event_id']))
    ready()
    wait_for("window.rasdArticle && CSS.highlights.has('trigger')", 10)
    drawn = driver.execute_script("""
      const out = {};
      for (const layer of ['trigger', 'place', 'actor', 'count', 'date', 'quote', 'focus'])
        out[layer] = CSS.highlights.has(layer) ? [...CSS.highlights.get(layer)].map(r => r.toString()) : [];
      return out;""")
    check('triggers highlight the mentions\' characters',
          sorted(drawn['trigger']) == sorted(m['text'] for m in mentions),
          f"{drawn['trigger']} vs {[m['text'] for m in mentions]}")
    counts = [code_points(article['text'], c['start'], c['end']) for c in article['counts']]
    check('counts highlight the counted words', sorted(drawn['count']) == sorted(counts), f"{drawn['count']} vs {counts}")
    places = [code_points(article['text'], m['start'], m['end'])
              for e in article['entities'] if e['type'] == 'LOC' for m in e['mentions']]
    check('places highlight the place names', sorted(drawn['place']) == sorted(places), f"{drawn['place']} vs {places}")
    check('the selected event is focused', len(drawn['focus']) > 0)
    provenance = driver.find_element(By.CSS_SELECTOR, '#provenance').text
    check('the provenance shows the text hash', article['sha256'] in provenance)
    dispute = driver.find_element(By.CSS_SELECTOR, '#dispute')
    body = driver.execute_script("return document.getElementById('dispute-body').textContent")
    check('the dispute panel shows the telling\'s sentence', dispute.is_displayed() and len(body) > 10)
    # Each telling carries the stored count claims that lie in its own sentence.
    ev = api('events/' + urllib.parse.quote(article['events'][0]['event_id']))
    wait_for("document.querySelectorAll('#dispute-body .claim').length > 0", 10)
    check('each telling shows its own figures', claims_by_telling(ev) and shown_by_telling() == claims_by_telling(ev),
          f'{shown_by_telling()} vs {claims_by_telling(ev)}')
    screenshot('article.png')

    # 5b. An article whose tellings disagree on the toll: the panel's figures are the stored
    # claims (role, figure, offsets, which one the event chose), the serving engine recomputes none.
    toll = api('articles/serve-test-toll')
    toll_event = next(e for e in toll['events'] if e.get('count_claims'))
    stored = toll_event['count_claims']
    deads = {c['figure'].get('value') for c in stored if c['role'] == 'dead'}
    check('the disputed article\'s event keeps two death tolls', len(deads) >= 2, stored)
    driver.get(base + '?article=serve-test-toll&event=' + urllib.parse.quote(toll_event['event_id']))
    ready()
    wait_for("document.querySelectorAll('#dispute-body .claim').length > 0", 10)
    shown = driver.execute_script("""
      return [...document.querySelectorAll('#dispute-body .claim')].map(c => [c.dataset.role, c.dataset.value,
        +c.dataset.start, +c.dataset.end, c.dataset.chosen === 'true', c.classList.contains('chosen')]);""")
    wanted = [[c['role'], figure_text(c['figure']), c['figure']['start'], c['figure']['end'], c['chosen'], c['chosen']]
              for c in stored]
    check('the dispute panel\'s figures are the stored claims', sorted(shown) == sorted(wanted), f'{shown} vs {wanted}')
    chosen = [c for c in stored if c['chosen'] and c['role'] == 'dead']
    check('the marked figure is the event\'s own', len(chosen) == 1 and chosen[0]['figure'].get('value') == toll_event['dead'],
          f"{chosen} vs {toll_event['dead']}")
    ev = api('events/' + urllib.parse.quote(toll_event['event_id']))
    check('each of its tellings shows the figure told in it', shown_by_telling() == claims_by_telling(ev),
          f'{shown_by_telling()} vs {claims_by_telling(ev)}')
    screenshot('dispute.png')

    # 6. English interface, same state.
    driver.find_element(By.CSS_SELECTOR, '#lang').click()
    wait_for("document.documentElement.dir === 'ltr'", 5)
    ready()
    check('the English toggle switches direction and labels', driver.find_element(By.CSS_SELECTOR, 'h1').text == 'rasd')
    screenshot('english.png')

    drain_logs()
    check('the log saw the page\'s own requests', any(u.startswith(base) for u in requested), f'{len(requested)} requests')
    check('no request left the loopback', not outside(requested), ' '.join(outside(requested)))
    check('no console errors (CSP included)', not console_errors, ' | '.join(console_errors))

    # 7. The detector itself: a planted outside request is seen by the check above, and the
    # proxy trap keeps it from loading.
    driver.get('data:text/html,<img src="http://192.0.2.7/planted.png">')
    wait_for("document.readyState === 'complete'", 10)
    requested.clear()
    drain_logs()
    check('a planted outside request is caught by the check above',
          outside(requested) == ['http://192.0.2.7/planted.png'], requested)
    check('the planted request did not load', driver.execute_script('return document.images[0].naturalWidth') == 0)
except Exception as e:  # noqa: BLE001 - any error is a failed run, reported with its trace
    import traceback
    check('the run finished', False, traceback.format_exc() or repr(e))
finally:
    driver.quit()
sys.exit(1 if failures else 0)
