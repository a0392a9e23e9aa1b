import type { Lang } from '../src/index.js';

/** The demo page's own words, in both languages; the timeline brings its own. */
export interface PageMessages {
  pageTitle: string;
  kicker: string;
  heading: string;
  intro: string;
  display: string;
  language: string;
  theme: string;
  themeAuto: string;
  themeLight: string;
  themeDark: string;
  themeNewsroom: string;
  explore: string;
  search: string;
  searchPlaceholder: string;
  searchHint: string;
  tracks: string;
  showAll: string;
  groupByTrack: string;
  sourcesHeading: string;
  sourcesIntro: string;
  published: string;
  citedBy: (count: number) => string;
  originalHeadline: string;
  embedHeading: string;
  embedIntro: string;
  copy: string;
  copied: string;
  selected: string;
  authorLink: string;
  footer: string;
}

export const messages: Record<Lang, PageMessages> = {
  en: {
    pageTitle: 'From Vostochny to Pyongyang — Tarikh',
    kicker: 'Tarikh · a timeline you can check',
    heading: 'From Vostochny to Pyongyang',
    intro:
      'Nine months that remade an alliance: from the summit at the Vostochny cosmodrome in September 2023 to the Comprehensive Strategic Partnership treaty signed in Pyongyang in June 2024. Every event below rests on the words of five Arabic news reports — select one to read the passages it comes from, in the original and in translation, and where the reports disagree, both accounts side by side.',
    display: 'Display',
    language: 'Language',
    theme: 'Theme',
    themeAuto: 'Auto',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeNewsroom: 'Newsroom',
    explore: 'Explore the story',
    search: 'Search events',
    searchPlaceholder: 'Search in English or Arabic…',
    searchHint: 'Titles, summaries and quotes in both languages.',
    tracks: 'Tracks',
    showAll: 'Show all',
    groupByTrack: 'Group by track',
    sourcesHeading: 'Sources',
    sourcesIntro: 'The five articles the timeline quotes, and how many of its events cite each.',
    published: 'Published',
    citedBy: (count) => (count === 1 ? 'Cited by 1 event' : `Cited by ${count} events`),
    originalHeadline: 'Original headline',
    embedHeading: 'Embed this timeline',
    embedIntro: 'Paste these two lines into any page: the script defines the element, the element loads the story.',
    copy: 'Copy',
    copied: 'Copied',
    selected: 'Selected — press Ctrl+C (⌘C on a Mac) to copy',
    authorLink: 'Make your own story in the workbench: add articles, write events, cite by selecting',
    footer:
      'Made with Tarikh. Fonts: Inter, Noto Sans Arabic and Noto Naskh Arabic (SIL Open Font License), served with this page.',
  },
  ar: {
    pageTitle: 'من فوستوشني إلى بيونغ يانغ — تاريخ',
    kicker: 'تاريخ · خط زمني يمكنك التحقق منه',
    heading: 'من فوستوشني إلى بيونغ يانغ',
    intro:
      'تسعة أشهر أعادت صياغة تحالف: من القمة في قاعدة فوستوشني الفضائية في سبتمبر 2023 إلى معاهدة الشراكة الاستراتيجية الشاملة الموقّعة في بيونغ يانغ في يونيو 2024. كل حدث أدناه مستند إلى نصوص خمسة تقارير إخبارية عربية — اختر حدثًا لتقرأ المقاطع التي أُخذ منها بنصّها الأصلي وترجمتها، وحيث تختلف التقارير ترى الروايتين جنبًا إلى جنب.',
    display: 'العرض',
    language: 'اللغة',
    theme: 'المظهر',
    themeAuto: 'تلقائي',
    themeLight: 'فاتح',
    themeDark: 'داكن',
    themeNewsroom: 'غرفة الأخبار',
    explore: 'استكشف القصة',
    search: 'ابحث في الأحداث',
    searchPlaceholder: 'ابحث بالعربية أو الإنجليزية…',
    searchHint: 'العناوين والملخصات والاقتباسات باللغتين.',
    tracks: 'المسارات',
    showAll: 'إظهار الكل',
    groupByTrack: 'تجميع حسب المسار',
    sourcesHeading: 'المصادر',
    sourcesIntro: 'المقالات الخمس التي يقتبس منها الخط الزمني، وعدد الأحداث التي تستند إلى كل منها.',
    published: 'تاريخ النشر',
    citedBy: (count) =>
      count === 0
        ? 'لا يستند إليه أي حدث'
        : count === 1
          ? 'يستند إليه حدث واحد'
          : count === 2
            ? 'يستند إليه حدثان'
            : count >= 3 && count <= 10
              ? `يستند إليه ${count} أحداث`
              : `يستند إليه ${count} حدثًا`,
    originalHeadline: 'العنوان الأصلي',
    embedHeading: 'أدرج هذا الخط الزمني في صفحتك',
    embedIntro: 'الصق هذين السطرين في أي صفحة: السطر الأول يعرّف العنصر، والثاني يحمّل القصة.',
    copy: 'نسخ',
    copied: 'تم النسخ',
    selected: 'تم التحديد — اضغط Ctrl+C (أو ⌘C على ماك) للنسخ',
    authorLink: 'اصنع قصتك في ورشة التأليف: أضف المقالات، واكتب الأحداث، واقتبس بالتحديد',
    footer:
      'صُنع باستخدام «تاريخ». الخطوط: Inter وNoto Sans Arabic وNoto Naskh Arabic (رخصة SIL للخطوط المفتوحة)، تُقدَّم مع هذه الصفحة.',
  },
};
