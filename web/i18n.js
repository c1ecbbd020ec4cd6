// Interface strings: Arabic by default, English on request (the choice is kept in the URL).
const STRINGS = {
  ar: {
    title: 'رصد', from: 'من', to: 'إلى', type: 'النوع', country: 'البلد', actor: 'الفاعل', text: 'نص',
    status: 'الحالة', any: 'الكل', st_asserted: 'مؤكدة', st_all: 'كل الحالات', st_negated: 'منفية',
    st_future: 'مستقبلية', st_background: 'خلفية', reset: 'مسح', export: 'تصدير:', map: 'الخريطة',
    timeline: 'الخط الزمني', by_day: 'يومي', by_week: 'أسبوعي', brush_hint: 'اسحب لتحديد الفترة',
    events: 'الأحداث', c_date: 'التاريخ', c_type: 'النوع', c_place: 'المكان', c_parties: 'الفاعل ← المتلقي',
    c_dead: 'قتلى', c_injured: 'جرحى', c_arrested: 'معتقلون', c_status: 'الحالة', c_article: 'المقال',
    prev: 'السابق', next: 'التالي', article: 'المقال', close: 'إغلاق', provenance: 'المصدر',
    article_events: 'أحداث المقال', dispute: 'روايات الحدث وأرقامها', lang: 'English',
    summary: (n, a, d) => `${n} حدثا من ${a} مقالا، ${d} قتيلا`, page: (a, b, n) => `${a}–${b} من ${n}`,
    open: 'افتح المقال', precise: 'موقع دقيق', vague: 'موقع تقريبي (محافظة أو بلد)',
    l_trigger: 'الحدث', l_place: 'مكان', l_actor: 'فاعل/جهة', l_count: 'عدد', l_date: 'تاريخ', l_quote: 'اقتباس',
    p_outlet: 'الوسيلة', p_url: 'الرابط', p_published: 'النشر', p_sha: 'بصمة النص', p_engine: 'نسخة المحرك',
    p_recomputed: 'الأعداد والتواريخ من', dead: 'قتلى', injured: 'جرحى', arrested: 'معتقلون', size: 'الحجم',
    no_counts: 'لا أرقام في هذا الحدث',
    claims_unknown: 'أرقام كل رواية غير محفوظة لهذا الحدث (خزّنه إصدار أقدم من رصد؛ الأمر rasd ingest --force يملؤها)', q_exact: 'بالضبط', q_approx: 'تقريبا', q_at_least: 'على الأقل',
    q_at_most: 'على الأكثر', q_range: 'نطاق', q_vague: 'غير محدد',
    s_asserted: 'مؤكد', s_negated: 'منفي', s_future: 'مستقبلي', s_hypothetical: 'افتراضي', s_generic: 'عام',
    s_background: 'خلفية', events_word: 'أحداث', dead_word: 'قتلى', none: 'لا أحداث',
    a1_to_choropleth: 'المحافظات: خريطة تظليل', a1_to_circles: 'المحافظات: دوائر',
    a1_circles_legend: 'مجموع أحداث المحافظة (المساحة بقدر العدد)',
    a1_unmatched: n => `${n} محافظة بلا حدود على الخريطة`, admin1_total: (n, d) => `${n} حدثا، ${d} قتيلا`,
    cluster: (a, o) => `رواه ${a} مقالات من ${o} وسائل:`,
  },
  en: {
    title: 'rasd', from: 'From', to: 'To', type: 'Type', country: 'Country', actor: 'Actor', text: 'Text',
    status: 'Status', any: 'All', st_asserted: 'Asserted', st_all: 'Every status', st_negated: 'Negated',
    st_future: 'Future', st_background: 'Background', reset: 'Clear', export: 'Export:', map: 'Map',
    timeline: 'Timeline', by_day: 'Daily', by_week: 'Weekly', brush_hint: 'drag to pick a period',
    events: 'Events', c_date: 'Date', c_type: 'Type', c_place: 'Place', c_parties: 'Actor → recipient',
    c_dead: 'Dead', c_injured: 'Injured', c_arrested: 'Arrested', c_status: 'Status', c_article: 'Article',
    prev: 'Previous', next: 'Next', article: 'Article', close: 'Close', provenance: 'Provenance',
    article_events: "The article's events", dispute: 'Tellings and their figures', lang: 'العربية',
    summary: (n, a, d) => `${n} events from ${a} articles, ${d} dead`, page: (a, b, n) => `${a}–${b} of ${n}`,
    open: 'Open the article', precise: 'Precise place', vague: 'Approximate place (province or country)',
    l_trigger: 'Event', l_place: 'Place', l_actor: 'Actor', l_count: 'Count', l_date: 'Date', l_quote: 'Quote',
    p_outlet: 'Outlet', p_url: 'URL', p_published: 'Published', p_sha: 'Text SHA-256', p_engine: 'Engine version',
    p_recomputed: 'Counts and dates by', dead: 'dead', injured: 'injured', arrested: 'arrested', size: 'size',
    no_counts: 'No figures in this event',
    claims_unknown: 'Each telling\'s figures were not stored for this event (stored by an older rasd: rasd ingest --force fills them)', q_exact: 'exact', q_approx: 'about', q_at_least: 'at least',
    q_at_most: 'at most', q_range: 'range', q_vague: 'vague',
    s_asserted: 'asserted', s_negated: 'negated', s_future: 'future', s_hypothetical: 'hypothetical',
    s_generic: 'generic', s_background: 'background', events_word: 'events', dead_word: 'dead', none: 'No events',
    a1_to_choropleth: 'Provinces: shade', a1_to_circles: 'Provinces: circles',
    a1_circles_legend: "a province's events (area by count)",
    a1_unmatched: n => `${n} province(s) without an outline here`, admin1_total: (n, d) => `${n} events, ${d} dead`,
    cluster: (a, o) => `told by ${a} articles from ${o} outlets:`,
  },
};

export function lang() { return new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ar'; }
export function t(key, ...args) {
  const v = STRINGS[lang()][key] ?? STRINGS.ar[key] ?? key;
  return typeof v === 'function' ? v(...args) : v;
}
export function applyLanguage() {
  const l = lang();
  document.documentElement.lang = l;
  document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  document.getElementById('lang').textContent = t('lang');
}

// A value that must keep its own direction inside text of the other (dates, numbers, Latin names).
export function bdi(text) {
  const el = document.createElement('bdi');
  el.textContent = text ?? '';
  return el;
}
