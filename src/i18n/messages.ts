import type { Lang } from '../model/types.js';
import type { LengthUnit } from '../time/fold.js';

/** Arabic counts of a unit: one, two, three to ten, eleven and more. */
const AR_UNITS: Record<LengthUnit, [string, string, string, string]> = {
  year: ['سنة', 'سنتان', 'سنوات', 'سنة'],
  month: ['شهر', 'شهران', 'أشهر', 'شهرًا'],
  day: ['يوم', 'يومان', 'أيام', 'يومًا'],
  hour: ['ساعة', 'ساعتان', 'ساعات', 'ساعة'],
  minute: ['دقيقة', 'دقيقتان', 'دقائق', 'دقيقة'],
};

/** The element's own strings. Arabic is written, not translated word for word. */
export const messages = {
  en: {
    timeline: 'Timeline',
    loading: 'Loading the timeline…',
    searching: 'Searching the events…',
    loadFailed: 'The timeline could not be loaded',
    invalidData: 'This timeline’s data could not be used',
    invalidEvents: (n: number) => (n === 1 ? '1 event could not be shown' : `${n} events could not be shown`),
    moreProblems: (n: number) => (n === 1 ? 'and 1 more problem' : `and ${n} more problems`),
    problemsFound: (n: number) => (n === 1 ? '1 problem in the data' : `${n} problems in the data`),
    httpError: (status: number) => `the server answered ${status}`,
    networkError: 'the network request failed',
    badJson: 'the file is not valid JSON',
    timeout: (seconds: number) => `no answer within ${seconds} seconds`,
    retry: 'Try again',
    detailsFailed: 'The details of this event could not be loaded',
    detailsFailedHelp: 'Check the connection and try again.',
    listLoading: 'Loading the list of events…',
    listFailed: 'The list of events could not be loaded',
    closeDetails: 'Close',
    noEvents: 'No events to show',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Show all events',
    controls: 'Timeline controls',
    overview: 'Overview of the whole timeline',
    visibleWindow: (from: string, to: string) => `Showing ${from} – ${to}`,
    cluster: (n: number) => `${n} events; activate to zoom in`,
    // A cluster shows its count: its name starts with it, so that a speech-input user saying what
    // they see ("click 1") reaches it (WCAG 2.5.3, label in name).
    clusterOne: (name: string) => `1 event: ${name}; no room for its title here; activate to open it`,
    otherEvents: 'Other events',
    disputed: 'sources disagree',
    context: 'background',
    listView: 'List view',
    eventList: 'Events in time order',
    clusterEvents: (n: number) => (n === 1 ? 'One event' : `${n} events`),
    clusterMore: (next: number, left: number) => `Show ${next} more (${left} not shown)`,
    listMore: (next: number, left: number) => `Show ${next} more events (${left} not shown)`,
    listEarlier: (next: number, left: number) => `Show ${next} earlier events (${left} not shown)`,
    listNotPrinted: (hidden: number) => `${hidden} events are not shown: show them in the list view to print them.`,
    clusterDeepest: (n: number) => `${n} events; activate to list them`,
    selectedEvent: (name: string) => `Selected: ${name}`,
    selectionCleared: 'Selection cleared',
    startStory: 'Start the story',
    storyEvent: (n: number, total: number, shownOnly: boolean, name: string) =>
      `Event ${n} of ${total}${shownOnly ? ' shown' : ''}: ${name}`,
    foldLength: (n: number, unit: LengthUnit) => `${n} ${unit}${n === 1 ? '' : 's'}`,
    foldMark: (length: string) => `${length} without events, folded; activate to show in full`,
    unfolded: (length: string) => `${length} without events, shown in full`,
  },
  ar: {
    timeline: 'خط زمني',
    loading: 'جارٍ تحميل الخط الزمني…',
    searching: 'جارٍ البحث في الأحداث…',
    loadFailed: 'تعذّر تحميل الخط الزمني',
    invalidData: 'تعذّر استخدام بيانات هذا الخط الزمني',
    invalidEvents: (n: number) =>
      n === 1
        ? 'تعذّر عرض حدث واحد'
        : n === 2
          ? 'تعذّر عرض حدثين'
          : n <= 10
            ? `تعذّر عرض ${n} أحداث`
            : `تعذّر عرض ${n} حدثًا`,
    moreProblems: (n: number) =>
      n === 1 ? 'ومشكلة أخرى' : n === 2 ? 'ومشكلتان أخريان' : n <= 10 ? `و${n} مشكلات أخرى` : `و${n} مشكلة أخرى`,
    problemsFound: (n: number) =>
      n === 1
        ? 'مشكلة واحدة في البيانات'
        : n === 2
          ? 'مشكلتان في البيانات'
          : n <= 10
            ? `${n} مشكلات في البيانات`
            : `${n} مشكلة في البيانات`,
    httpError: (status: number) => `أجاب الخادم بالرمز ${status}`,
    networkError: 'فشل الاتصال بالشبكة',
    badJson: 'الملف ليس JSON صالحًا',
    timeout: (seconds: number) => `لم يصل رد خلال ${seconds} ثانية`,
    retry: 'أعد المحاولة',
    detailsFailed: 'تعذّر تحميل تفاصيل هذا الحدث',
    detailsFailedHelp: 'تحقّق من الاتصال وأعد المحاولة.',
    listLoading: 'جارٍ تحميل قائمة الأحداث…',
    listFailed: 'تعذّر تحميل قائمة الأحداث',
    closeDetails: 'إغلاق',
    noEvents: 'لا أحداث لعرضها',
    zoomIn: 'تكبير',
    zoomOut: 'تصغير',
    fit: 'عرض كل الأحداث',
    controls: 'أدوات التحكم في الخط الزمني',
    overview: 'نظرة عامة على الخط الزمني كله',
    visibleWindow: (from: string, to: string) => `المعروض من ${from} إلى ${to}`,
    otherEvents: 'أحداث أخرى',
    clusterOne: (name: string) => `1 — حدث واحد: ${name}؛ لا مكان لعنوانه هنا؛ فعّله لفتحه`,
    cluster: (n: number) =>
      n === 2 ? '2 — حدثان؛ فعّله للتكبير' : n <= 10 ? `${n} أحداث؛ فعّله للتكبير` : `${n} حدثًا؛ فعّله للتكبير`,
    disputed: 'المصادر مختلفة',
    context: 'خلفية',
    listView: 'عرض القائمة',
    eventList: 'الأحداث بترتيب زمني',
    clusterEvents: (n: number) => (n === 1 ? 'حدث واحد' : n === 2 ? 'حدثان' : n <= 10 ? `${n} أحداث` : `${n} حدثًا`),
    clusterMore: (next: number, left: number) => `عرض المزيد (${next} من ${left} متبقية)`,
    listMore: (next: number, left: number) => `عرض المزيد من الأحداث (${next} من ${left} متبقية)`,
    listEarlier: (next: number, left: number) => `عرض أحداث سابقة (${next} من ${left} متبقية)`,
    listNotPrinted: (hidden: number) => `لم يُعرض ${hidden} من الأحداث: اعرضها في عرض القائمة لطباعتها.`,
    clusterDeepest: (n: number) =>
      n === 2
        ? '2 — حدثان؛ فعّله لعرض قائمتهما'
        : n <= 10
          ? `${n} أحداث؛ فعّله لعرض قائمتها`
          : `${n} حدثًا؛ فعّله لعرض قائمتها`,
    selectedEvent: (name: string) => `المحدَّد: ${name}`,
    selectionCleared: 'أُلغي التحديد',
    startStory: 'ابدأ القصة',
    storyEvent: (n: number, total: number, shownOnly: boolean, name: string) =>
      `الحدث ${n} من ${total}${shownOnly ? ' معروضة' : ''}: ${name}`,
    foldLength: (n: number, unit: LengthUnit) => {
      const [one, two, few, many] = AR_UNITS[unit];
      return n === 1 ? one : n === 2 ? two : n <= 10 ? `${n} ${few}` : `${n} ${many}`;
    },
    foldMark: (length: string) => `${length} بلا أحداث، مطويّة؛ فعّلها لعرضها كاملة`,
    unfolded: (length: string) => `${length} بلا أحداث، معروضة كاملة`,
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type Messages = (typeof messages)['en'];

/** Reads any value as a supported language; anything but Arabic falls back to English. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** The language an element inherits: its nearest ancestor's `lang`, else the document's. */
export function inheritedLang(el: Element): Lang {
  const owner = el.parentElement?.closest('[lang]');
  return toLang(owner?.getAttribute('lang') ?? document.documentElement.lang);
}

/** The writing direction of a language. */
export function dirOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

export function messagesFor(lang: Lang): Messages {
  return messages[lang] as Messages;
}
