import type { Lang } from '../model/types.js';

/**
 * Strings of the details panel and the source reader. The Arabic is written as an Arabic editor
 * would write it, not translated word for word; counts follow Arabic number agreement.
 */
export const detailsMessages = {
  en: {
    details: 'Event details',
    close: 'Close',
    noEvent: 'No event selected',
    when: 'Date',
    where: 'Place',
    track: 'Track',
    sourcesDisagree: 'Sources disagree',
    account: (n: number) => `Account ${n}`,
    excerpts: 'What the sources say',
    translation: 'Translation',
    translationOf: (lang: Lang) => (lang === 'ar' ? 'Arabic translation' : 'English translation'),
    unverified: 'Unverified',
    unverifiedHint: 'This quote does not match the source text at the position cited.',
    unsourced: 'Unsourced',
    unsourcedHint: 'This event cites no excerpt: nothing shown here rests on a source.',
    readInContext: 'Read in context',
    original: 'Original article',
    newTab: '(opens in a new tab)',
    missingSource: 'Source not found',
    backToEvent: 'Back to the event',
    backToSources: 'Back to the sources',
    sources: 'Sources',
    allSources: (n: number) => `All sources (${n})`,
    citedBy: (n: number) =>
      n === 0 ? 'Not cited by any event' : n === 1 ? 'Cited by 1 event' : `Cited by ${n} events`,
    sourceText: 'Source text',
    noSource: 'No source to show',
    story: 'The story, event by event',
    previous: 'Previous',
    next: 'Next',
    storyPosition: (n: number, total: number, shownOnly: boolean) =>
      shownOnly ? `${n} of ${total} shown` : `${n} of ${total}`,
    outsideStory: 'Not part of the story',
  },
  ar: {
    details: 'تفاصيل الحدث',
    close: 'إغلاق',
    noEvent: 'لم يُختَر أي حدث',
    when: 'التاريخ',
    where: 'المكان',
    track: 'المحور',
    sourcesDisagree: 'المصادر مختلفة',
    account: (n: number) => `الرواية ${n}`,
    excerpts: 'ما تقوله المصادر',
    translation: 'الترجمة',
    translationOf: (lang: Lang) => (lang === 'ar' ? 'الترجمة العربية' : 'الترجمة الإنجليزية'),
    unverified: 'لم يُتحقَّق منه',
    unverifiedHint: 'لا يطابق هذا الاقتباس نصَّ المصدر في الموضع المُشار إليه.',
    unsourced: 'بلا مصدر',
    unsourcedHint: 'لا يستشهد هذا الحدث بأي اقتباس: لا شيء مما يُعرض هنا مستند إلى مصدر.',
    readInContext: 'اقرأه في سياقه',
    original: 'المقال الأصلي',
    newTab: '(يُفتح في علامة تبويب جديدة)',
    missingSource: 'تعذّر العثور على المصدر',
    backToEvent: 'العودة إلى الحدث',
    backToSources: 'العودة إلى المصادر',
    sources: 'المصادر',
    allSources: (n: number) => `جميع المصادر (${n})`,
    citedBy: (n: number) =>
      n === 0
        ? 'لا يستشهد به أي حدث'
        : n === 1
          ? 'يستشهد به حدث واحد'
          : n === 2
            ? 'يستشهد به حدثان'
            : n <= 10
              ? `يستشهد به ${n} أحداث`
              : `يستشهد به ${n} حدثًا`,
    sourceText: 'نص المصدر',
    noSource: 'لا مصدر لعرضه',
    story: 'القصة حدثًا بحدث',
    previous: 'السابق',
    next: 'التالي',
    storyPosition: (n: number, total: number, shownOnly: boolean) =>
      shownOnly ? `${n} من ${total} معروضة` : `${n} من ${total}`,
    outsideStory: 'ليس من أحداث القصة',
  },
} satisfies Record<Lang, Record<string, unknown>>;

export type DetailsMessages = (typeof detailsMessages)['en'];

export function detailsMessagesFor(lang: Lang): DetailsMessages {
  return detailsMessages[lang] as DetailsMessages;
}
