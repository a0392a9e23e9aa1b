// The benchmark's synthetic datasets, shared by the Node driver (bench/run.mjs serves them as JSON) and the page
// (bench/page.mjs). Pure and seeded: the same (shape, n) gives the same bytes in every run and on every machine.
// Shapes: `news` (the default; issue 26: ten months, 80 % of events in 12 bursts, sentence titles of 40–90
// characters, a third quoting Arabic sources, 15 % day precision) and `legacy` (the shape of the earlier runs:
// short titles, 35 % clumped, for comparison with older results). See bench/README.md, "Data".

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** The story's ten months: 1 September 2023 to 30 June 2024 (UTC). */
export const RANGE_START = Date.UTC(2023, 8, 1);
export const RANGE_END = Date.UTC(2024, 6, 1);
/** Centre of the biggest pile-up, the point the zoom sequence and the two-week window close in on. */
export const FOCUS = Date.UTC(2024, 0, 16, 9, 0);
export const SHAPES = ['news', 'legacy'];

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same dataset in every run. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
export const isoMinute = (ms) => new Date(ms).toISOString().slice(0, 19) + 'Z';
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A standard normal deviate (Box–Muller) from the seeded generator. */
function gaussian(rand) {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

// ——— News: parallel English/Arabic phrases, so a sentence and its translation are built together ———

const SUBJECTS = [
  ['The foreign minister', 'وزير الخارجية'],
  ['A delegation from Pyongyang', 'وفد من بيونغ يانغ'],
  ['The space agency', 'وكالة الفضاء'],
  ['Officials in Moscow', 'المسؤولون في موسكو'],
  ['The leader', 'الزعيم'],
  ['Military observers', 'المراقبون العسكريون'],
  ['The United Nations envoy', 'مبعوث الأمم المتحدة'],
  ['State media', 'وسائل الإعلام الرسمية'],
  ['Diplomats', 'الدبلوماسيون'],
  ['The defence ministry', 'وزارة الدفاع'],
  ['The Kremlin spokesman', 'المتحدث باسم الكرملين'],
  ['Regional analysts', 'المحللون الإقليميون'],
];
const VERBS = [
  ['announces', 'يعلن'],
  ['confirms', 'يؤكد'],
  ['reports', 'يذكر'],
  ['denies', 'ينفي'],
  ['welcomes', 'يرحب بـ'],
  ['discusses', 'يناقش'],
  ['criticises', 'ينتقد'],
  ['prepares', 'يعدّ'],
  ['postpones', 'يؤجل'],
];
const OBJECTS = [
  ['a new round of talks', 'جولة جديدة من المحادثات'],
  ['the satellite launch', 'إطلاق القمر الصناعي'],
  ['a visit to the cosmodrome', 'زيارة إلى قاعدة الفضاء'],
  ['fresh sanctions', 'عقوبات جديدة'],
  ['a joint military exercise', 'مناورة عسكرية مشتركة'],
  ['the cooperation agreement', 'اتفاق التعاون'],
  ['a missile test', 'تجربة صاروخية'],
  ['the summit agenda', 'جدول أعمال القمة'],
  ['an exchange of envoys', 'تبادل المبعوثين'],
  ['the grain shipment', 'شحنة الحبوب'],
  ['the rail link', 'خط السكك الحديدية'],
];
const CLAUSES = [
  ['in Vladivostok', 'في فلاديفوستوك'],
  ['after the meeting', 'بعد الاجتماع'],
  ['on Tuesday', 'يوم الثلاثاء'],
  ['despite objections', 'رغم الاعتراضات'],
  ['near the border', 'قرب الحدود'],
  ['before parliament', 'أمام البرلمان'],
  ['for the second time', 'للمرة الثانية'],
  ['according to officials', 'بحسب المسؤولين'],
  ['this week', 'هذا الأسبوع'],
  ['amid new tensions', 'وسط توترات جديدة'],
  ['at the Vostochny site', 'في موقع فوستوتشني'],
  ['without giving details', 'دون تقديم تفاصيل'],
];
export const TITLE_MIN = 40;
export const TITLE_MAX = 90;

/**
 * A sentence and its translation, `{ en, ar }`: subject, verb, object, then clauses (none repeated) while the
 * longer of the two is under `target` and one more keeps both within `max`; at least `min` characters each.
 */
function sentence(rand, target, min, max) {
  const parts = [pick(rand, SUBJECTS), pick(rand, VERBS), pick(rand, OBJECTS)];
  let en = parts.map((p) => p[0]).join(' ');
  let ar = parts
    .map((p) => p[1])
    .join(' ')
    .replace('بـ ', 'بـ');
  const unused = [...CLAUSES];
  while (unused.length && (Math.max(en.length, ar.length) < target || Math.min(en.length, ar.length) < min - 1)) {
    const [cen, car] = unused.splice(Math.floor(rand() * unused.length), 1)[0];
    if (en.length + cen.length + 2 > max || ar.length + car.length + 2 > max) {
      if (Math.min(en.length, ar.length) >= min - 1) break;
      continue;
    }
    en += ` ${cen}`;
    ar += ` ${car}`;
  }
  return { en: `${en}.`, ar: `${ar}.` };
}

/** 12 sources, every third one Arabic (4 of 12), each a text of sentences whose offsets are kept for quoting. */
function newsSources(rand) {
  return Array.from({ length: 12 }, (_, i) => {
    const lang = i % 3 === 1 ? 'ar' : 'en';
    const sentences = [];
    let text = '';
    for (let k = 0; k < 160; k += 1) {
      const s = sentence(rand, 30 + rand() * 40, 25, 80);
      if (text) text += ' ';
      sentences.push({ start: text.length, original: s[lang], translation: s });
      text += s[lang];
    }
    const headline = sentence(rand, 50, 30, 80);
    return {
      source: {
        id: `s${i}`,
        title: { ar: headline.ar, en: headline.en },
        outlet: { ar: `وكالة الأنباء ${i + 1}`, en: `News Agency ${i + 1}` },
        published: isoDay(RANGE_START + i * 25 * DAY),
        lang,
        url: `https://example.org/news/${i + 1}`,
        text,
      },
      sentences,
    };
  });
}

/**
 * The news shape, event by event (a generator, so a million events never need to be held at once here).
 * 12 bursts carry 80 % of the events: a story breaks at the burst's start (a fifth of its events within the
 * first hour) and decays exponentially (time constant 3–48 hours); the first burst, at FOCUS, is four times the
 * others. The other 20 % are spread uniformly. 15 % of events are day-precision dates, a fifth of those ranges
 * of 1–5 days; the rest are to the minute. Each event quotes one whole sentence of one source.
 */
/** Picks one of `items` at random, each as often as its `weight` says (one `rand()` a pick). */
function weightedPick(rand, items) {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  return () => {
    let r = rand() * total;
    for (const item of items) if ((r -= item.weight) < 0) return item;
    return items[items.length - 1];
  };
}

function newsShape(n, seed) {
  const rand = mulberry32(seed ^ Math.imul(n, 2654435761));
  const sources = newsSources(rand);
  const bursts = Array.from({ length: 12 }, (_, i) => ({
    at: i === 0 ? FOCUS : RANGE_START + Math.floor((rand() * (RANGE_END - RANGE_START - 10 * DAY)) / HOUR) * HOUR,
    tau: (3 + rand() * 45) * HOUR,
    weight: i === 0 ? 4 : 1,
  }));
  const pickBurst = weightedPick(rand, bursts);
  function* events() {
    for (let i = 0; i < n; i += 1) {
      let at;
      if (rand() < 0.8) {
        const b = pickBurst();
        at = b.at + (rand() < 0.2 ? rand() * HOUR : -Math.log(Math.max(rand(), 1e-12)) * b.tau);
      } else {
        at = RANGE_START + rand() * (RANGE_END - RANGE_START - DAY);
      }
      at = Math.floor(Math.min(RANGE_END - DAY, Math.max(RANGE_START, at)) / MINUTE) * MINUTE;
      const precision = rand();
      const { source, sentences } = sources[Math.floor(rand() * sources.length)];
      const quoted = sentences[Math.floor(rand() * sentences.length)];
      const title = sentence(rand, TITLE_MIN + rand() * (TITLE_MAX - TITLE_MIN), TITLE_MIN, TITLE_MAX);
      const event = {
        id: `e${i}`,
        date: precision < 0.15 ? isoDay(at) : isoMinute(at),
        title: { ar: title.ar, en: title.en },
        excerpts: [
          {
            source: source.id,
            quote: quoted.original,
            start: quoted.start,
            end: quoted.start + quoted.original.length,
            translation: { ar: quoted.translation.ar, en: quoted.translation.en },
          },
        ],
      };
      if (precision < 0.03) event.end = isoDay(at + (1 + Math.floor(rand() * 5)) * DAY);
      yield event;
    }
  }
  return {
    head: {
      title: { ar: `أخبار اصطناعية (${n})`, en: `Synthetic news (${n})` },
      sources: sources.map((s) => s.source),
    },
    events: events(),
  };
}

// ——— Legacy: the shape of the runs before issue 26 ———

const EN_WORDS = [
  'summit',
  'launch',
  'talks',
  'visit',
  'statement',
  'missile',
  'delegation',
  'agreement',
  'meeting',
  'report',
  'satellite',
  'cosmodrome',
  'envoy',
  'sanctions',
  'exercise',
  'briefing',
  'treaty',
  'cooperation',
  'minister',
  'parliament',
];
const AR_WORDS = [
  'قمة',
  'إطلاق',
  'محادثات',
  'زيارة',
  'بيان',
  'صاروخ',
  'وفد',
  'اتفاق',
  'اجتماع',
  'تقرير',
  'قمر',
  'مبعوث',
  'عقوبات',
  'مناورة',
  'وزير',
  'تعاون',
];
const words = (rand, list, n) => Array.from({ length: n }, () => pick(rand, list)).join(' ');

/**
 * 65 % of the events spread uniformly, 35 % (`clumped`) in 12 clumps (one big clump at FOCUS), a third of those
 * on the exact hour of their clump's centre; 20 % day-precision, 5 % ranges of 1–5 days; titles of 1–3 words and
 * the event number; excerpts of 20–70 characters of 12 small sources, half of them Arabic.
 */
function legacyShape(n, seed, clumped) {
  const rand = mulberry32(seed ^ Math.imul(n, 2654435761));
  const sources = Array.from({ length: 12 }, (_, i) => {
    const lang = i % 2 === 0 ? 'en' : 'ar';
    const list = lang === 'en' ? EN_WORDS : AR_WORDS;
    const sentences = Array.from({ length: 12 }, () => `${words(rand, list, 6 + Math.floor(rand() * 6))}.`);
    return {
      id: `s${i}`,
      title: { ar: `مصدر ${i}: ${words(rand, AR_WORDS, 3)}`, en: `Source ${i}: ${words(rand, EN_WORDS, 3)}` },
      outlet: { ar: `وكالة ${i}`, en: `Agency ${i}` },
      published: isoDay(RANGE_START + i * 20 * DAY),
      lang,
      url: `https://example.org/source/${i}`,
      text: sentences.join(' '),
    };
  });
  const clumps = Array.from({ length: 12 }, (_, i) => ({
    at: i === 0 ? FOCUS : RANGE_START + Math.floor((rand() * (RANGE_END - RANGE_START)) / HOUR) * HOUR,
    sigma: (1 + rand() * 11) * HOUR,
    weight: i === 0 ? 4 : 1,
  }));
  const pickClump = weightedPick(rand, clumps);
  function* events() {
    for (let i = 0; i < n; i += 1) {
      let at;
      if (rand() < clumped) {
        const c = pickClump();
        at = rand() < 1 / 3 ? c.at : c.at + gaussian(rand) * c.sigma;
        at = Math.min(RANGE_END - DAY, Math.max(RANGE_START, at));
      } else {
        at = RANGE_START + rand() * (RANGE_END - RANGE_START - DAY);
      }
      at = Math.floor(at / MINUTE) * MINUTE;
      const kind = rand();
      const source = sources[Math.floor(rand() * sources.length)];
      const start = Math.floor(rand() * (source.text.length - 80));
      const end = start + 20 + Math.floor(rand() * 50);
      const quote = source.text.slice(start, end);
      const event = {
        id: `e${i}`,
        date: kind < 0.2 ? isoDay(at) : isoMinute(at),
        title: {
          ar: `${words(rand, AR_WORDS, 1 + Math.floor(rand() * 3))} ${i}`,
          en: `${words(rand, EN_WORDS, 1 + Math.floor(rand() * 3))} ${i}`,
        },
        excerpts: [
          {
            source: source.id,
            quote,
            start,
            end,
            translation: { ar: source.lang === 'ar' ? quote : `ترجمة ${i}`, en: `Translation ${i}` },
          },
        ],
      };
      if (kind < 0.05) event.end = isoDay(at + (1 + Math.floor(rand() * 5)) * DAY);
      yield event;
    }
  }
  return {
    head: { title: { ar: `بيانات اصطناعية (${n})`, en: `Synthetic data (${n})` }, sources },
    events: events(),
  };
}

// ——— Entry points ———

const SEED = 20230913;

function shapeOf(n, { shape = 'news', clumped = 0.35 } = {}) {
  if (shape === 'news') return newsShape(n, SEED);
  if (shape === 'legacy') return legacyShape(n, SEED, clumped);
  throw new Error(`unknown dataset shape "${shape}" (${SHAPES.join(', ')})`);
}

/** The whole dataset as an object (title, sources, events). */
export function makeDataset(n, options) {
  const { head, events } = shapeOf(n, options);
  return { ...head, events: [...events] };
}

/**
 * The dataset's JSON text, in pieces of about `eventsPerPiece` events: the same text as
 * `JSON.stringify(makeDataset(n, options))`, made without holding the whole dataset or one string of it (at a
 * million events the text is several hundred million characters, near V8's limit for one string).
 */
export function* datasetJsonPieces(n, options, eventsPerPiece = 5_000) {
  const { head, events } = shapeOf(n, options);
  const opening = JSON.stringify(head);
  let piece = `${opening.slice(0, -1)},"events":[`;
  let count = 0;
  for (const event of events) {
    piece += (count ? ',' : '') + JSON.stringify(event);
    count += 1;
    if (count % eventsPerPiece === 0) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}]}`;
}
