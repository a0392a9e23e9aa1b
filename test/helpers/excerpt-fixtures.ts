import type { Dataset, Excerpt, Source, TimelineEvent } from '../../src/model/types.js';

/** Filler paragraphs, so the reader has to scroll to reach the last ones. */
const FILLER = Array.from(
  { length: 12 },
  (_, i) => `فقرة تمهيدية رقم ${i + 1} تروي خلفية الزيارة وسياقها الإقليمي بتفصيل يملأ سطورًا عدة في القارئ.`,
).join('\n');

/** An Arabic article: four sentences cited below, one holding markup that must stay text. */
export const ARABIC_TEXT = [
  'وصل الرئيس الروسي إلى العاصمة فجر الأربعاء، واستقبله الزعيم الكوري على سجادة حمراء في المطار.',
  FILLER,
  'وقّع الزعيمان اتفاقية شراكة استراتيجية شاملة تتضمن بندًا للدفاع المشترك.',
  '',
  'وقالت الوكالة إن الزيارة استمرت يومين كاملين.',
  'وكتب أحد المعلقين <b>عبارة</b> <img src=x onerror="window.__pwned=1"> ثم مضى.',
].join('\n');

export const ENGLISH_TEXT =
  'Putin landed in Pyongyang shortly before 3 a.m. Officials later said the visit lasted a single day.';

export const arabicSource: Source = {
  id: 'ar-wire',
  title: { ar: 'بوتين في بيونغ يانغ', en: 'Putin in Pyongyang' },
  outlet: { ar: 'وكالة الأنباء', en: 'The News Agency' },
  published: '2024-06-19',
  lang: 'ar',
  // Not http(s): must never become a link.
  url: 'javascript:alert(1)',
  text: ARABIC_TEXT,
};

export const englishSource: Source = {
  id: 'en-paper',
  title: { ar: 'بوتين يهبط في بيونغ يانغ', en: 'Putin lands in Pyongyang' },
  outlet: { ar: 'الصحيفة', en: 'The Paper' },
  published: '2024-06-20',
  lang: 'en',
  url: 'https://example.org/putin-lands',
  text: ENGLISH_TEXT,
};

/** An excerpt of `source` whose offsets are found with indexOf, as an editor's tool would. */
export function excerptOf(source: Source, quote: string, translation: { ar?: string; en?: string } = {}): Excerpt {
  const start = source.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${source.id}: ${quote}`);
  return {
    source: source.id,
    quote,
    start,
    end: start + quote.length,
    translation: {
      ar: translation.ar ?? (source.lang === 'ar' ? quote : `ترجمة: ${quote}`),
      en: translation.en ?? (source.lang === 'en' ? quote : `Translation of: ${quote.slice(0, 12)}`),
    },
  };
}

export const arrivalSentence = excerptOf(
  arabicSource,
  'وصل الرئيس الروسي إلى العاصمة فجر الأربعاء، واستقبله الزعيم الكوري على سجادة حمراء في المطار.',
  { en: 'The Russian president arrived in the capital at dawn on Wednesday, and the Korean leader received him.' },
);
/** Nested inside `arrivalSentence`, cited by another event. */
export const welcome = excerptOf(arabicSource, 'واستقبله الزعيم الكوري على سجادة حمراء', {
  en: 'The Korean leader received him on a red carpet',
});
export const landed = excerptOf(englishSource, 'Putin landed in Pyongyang shortly before 3 a.m.', {
  ar: 'هبط بوتين في بيونغ يانغ قبيل الثالثة فجرًا.',
});
export const treaty = excerptOf(arabicSource, 'وقّع الزعيمان اتفاقية شراكة استراتيجية شاملة', {
  en: 'The two leaders signed a comprehensive strategic partnership treaty',
});
export const twoDays = excerptOf(arabicSource, 'الزيارة استمرت يومين كاملين', { en: 'the visit lasted two full days' });
export const oneDay = excerptOf(englishSource, 'the visit lasted a single day', { ar: 'استمرت الزيارة يومًا واحدًا' });
export const markup = excerptOf(arabicSource, '<b>عبارة</b> <img src=x onerror="window.__pwned=1">', {
  en: '<i>a phrase</i> <img src=y onerror="window.__pwned=2">',
});

const event = (e: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'excerpts'>): TimelineEvent => ({
  date: '2024-06-19',
  title: { ar: `حدث ${e.id}`, en: `Event ${e.id}` },
  ...e,
});

export const arrival = event({
  id: 'arrival',
  date: '2024-06-19T03:00:00+09:00',
  precision: 'hour',
  title: { ar: 'بوتين يصل إلى بيونغ يانغ', en: 'Putin arrives in Pyongyang' },
  place: { ar: 'بيونغ يانغ', en: 'Pyongyang' },
  track: 'diplomacy',
  summary: { ar: 'أول زيارة منذ 24 عامًا.', en: 'The first visit in 24 years.' },
  excerpts: [arrivalSentence, landed],
});

export const welcomeEvent = event({
  id: 'welcome',
  title: { ar: 'استقبال على السجادة الحمراء', en: 'Red-carpet welcome' },
  excerpts: [welcome],
});

export const treatyEvent = event({
  id: 'treaty',
  title: { ar: 'توقيع اتفاقية الشراكة', en: 'Partnership treaty signed' },
  excerpts: [treaty],
});

export const durationEvent = event({
  id: 'duration',
  date: '2024-06-20',
  title: { ar: 'انتهاء الزيارة', en: 'The visit ends' },
  excerpts: [twoDays],
  disputes: [
    {
      note: {
        ar: 'تقول الوكالة إن الزيارة دامت يومين، وتقول الصحيفة يومًا واحدًا.',
        en: 'The agency says the visit lasted two days; the paper says one.',
      },
      excerpts: [twoDays, oneDay],
    },
  ],
});

export const markupEvent = event({
  id: 'markup',
  title: { ar: '<script>alert(1)</script> عنوان', en: '<script>alert(1)</script> title' },
  summary: { ar: '<b>ملخص</b>', en: '<b>summary</b>' },
  excerpts: [markup],
});

export function excerptDataset(): Dataset {
  return {
    title: { ar: 'زيارة', en: 'A visit' },
    tracks: [{ id: 'diplomacy', label: { ar: 'الدبلوماسية', en: 'Diplomacy' } }],
    sources: [arabicSource, englishSource],
    events: [arrival, welcomeEvent, treatyEvent, durationEvent, markupEvent],
  };
}
