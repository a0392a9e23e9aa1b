import type { Lang, Precision } from '../../src/model/types.js';

/** The workbench's words, in both languages; the timeline and the reader bring their own. */
export interface WorkbenchMessages {
  pageTitle: string;
  heading: string;
  intro: string;
  backToDemo: string;
  language: string;
  saving: string;
  saved: string;
  restored: string;
  notSaved: string;
  unexported: string;
  files: string;
  exportAuthoring: string;
  exportDataset: string;
  exportTexts: string;
  importFiles: string;
  importHint: string;
  imported: (events: number, sources: number) => string;
  importProblems: string;
  replaceUnexported: string;
  removeCited: (count: number) => string;
  exportProblems: (count: number) => string;
  storyHeading: string;
  storyTitleAr: string;
  storyTitleEn: string;
  tracks: string;
  addTrack: string;
  trackId: string;
  labelAr: string;
  labelEn: string;
  removeTrack: string;
  sourcesHeading: string;
  dropHint: string;
  chooseFiles: string;
  pasteLabel: string;
  addPasted: string;
  noSources: string;
  sourceId: string;
  headlineAr: string;
  headlineEn: string;
  outletAr: string;
  outletEn: string;
  published: string;
  sourceLang: string;
  arabic: string;
  english: string;
  url: string;
  read: string;
  removeSource: string;
  characters: (count: number) => string;
  eventsHeading: string;
  newEvent: string;
  noEvents: string;
  untitled: string;
  errors: (count: number) => string;
  eventId: string;
  date: string;
  precision: string;
  precisions: Record<Precision, string>;
  end: string;
  titleAr: string;
  titleEn: string;
  summaryAr: string;
  summaryEn: string;
  placeAr: string;
  placeEn: string;
  track: string;
  noTrack: string;
  removeEvent: string;
  excerpts: string;
  noExcerpts: string;
  translationAr: string;
  translationEn: string;
  translationAsked: string;
  removeExcerpt: string;
  compare: string;
  markDisputed: string;
  disputeHint: string;
  dispute: (n: number) => string;
  noteAr: string;
  noteEn: string;
  undoDispute: string;
  otherProblems: string;
  readerHeading: string;
  readerLabel: string;
  chooseSource: string;
  selectHint: string;
  selection: string;
  noSelection: string;
  cite: string;
  citeFor: (title: string) => string;
  needEvent: string;
  cited: string;
  previewHeading: string;
}

export const messages: Record<Lang, WorkbenchMessages> = {
  en: {
    pageTitle: 'Workbench — Tarikh',
    heading: 'Build a story',
    intro:
      'Add the articles, write the events, and cite by selecting: select a passage in the reader and press “Cite for this event”. Your work is saved in this browser as you type.',
    backToDemo: 'Back to the demo',
    language: 'Language',
    saving: 'Saving…',
    saved: 'Saved in this browser',
    restored: 'Your work was restored',
    notSaved: 'This browser would not save the work: export it to keep it',
    unexported: 'Changes not exported yet',
    files: 'Files',
    exportAuthoring: 'Export authoring file',
    exportDataset: 'Export dataset',
    exportTexts: 'Export article texts',
    importFiles: 'Import…',
    importHint: 'A dataset (.json), or an authoring file with its articles (.json and .txt files together).',
    imported: (events, sources) => `Imported ${events} event(s) and ${sources} source(s)`,
    importProblems: 'Problems in the imported file',
    replaceUnexported: 'The story here has changes not exported. Replace it with the imported file?',
    removeCited: (count) =>
      count === 1
        ? 'Remove this source and the excerpt citing it?'
        : `Remove this source and the ${count} excerpts citing it?`,
    exportProblems: (count) =>
      count === 1
        ? 'Exported; 1 problem to fix before publishing'
        : `Exported; ${count} problems to fix before publishing`,
    storyHeading: 'Story',
    storyTitleAr: 'Story title (Arabic)',
    storyTitleEn: 'Story title (English)',
    tracks: 'Tracks',
    addTrack: 'Add a track',
    trackId: 'Track id',
    labelAr: 'Label (Arabic)',
    labelEn: 'Label (English)',
    removeTrack: 'Remove track',
    sourcesHeading: 'Sources',
    dropHint: 'Drop .txt articles here, or',
    chooseFiles: 'Choose .txt files…',
    pasteLabel: 'Or paste an article',
    addPasted: 'Add pasted article',
    noSources: 'No articles yet.',
    sourceId: 'Source id',
    headlineAr: 'Headline (Arabic)',
    headlineEn: 'Headline (English)',
    outletAr: 'Outlet (Arabic)',
    outletEn: 'Outlet (English)',
    published: 'Published (ISO date)',
    sourceLang: 'Language of the article',
    arabic: 'Arabic',
    english: 'English',
    url: 'Link (http or https)',
    read: 'Read',
    removeSource: 'Remove source',
    characters: (count) => `${count} characters`,
    eventsHeading: 'Events',
    newEvent: 'New event',
    noEvents: 'No events yet.',
    untitled: 'Untitled event',
    errors: (count) => (count === 1 ? '1 problem' : `${count} problems`),
    eventId: 'Event id',
    date: 'Date (ISO 8601)',
    precision: 'Known to the',
    precisions: { year: 'Year', month: 'Month', day: 'Day', hour: 'Hour', minute: 'Minute' },
    end: 'End (ISO 8601, for events that last)',
    titleAr: 'Title (Arabic)',
    titleEn: 'Title (English)',
    summaryAr: 'Summary (Arabic)',
    summaryEn: 'Summary (English)',
    placeAr: 'Place (Arabic)',
    placeEn: 'Place (English)',
    track: 'Track',
    noTrack: 'None',
    removeEvent: 'Remove event',
    excerpts: 'Excerpts',
    noExcerpts: 'No excerpts yet: select a passage in the reader and cite it.',
    translationAr: 'Translation (Arabic)',
    translationEn: 'Translation (English)',
    translationAsked: 'Now translate the excerpt.',
    removeExcerpt: 'Remove excerpt',
    compare: 'Compare',
    markDisputed: 'Mark the compared excerpts as disagreeing',
    disputeHint: 'Tick two excerpts that disagree, then mark them.',
    dispute: (n) => `Dispute ${n}`,
    noteAr: 'What they disagree on (Arabic)',
    noteEn: 'What they disagree on (English)',
    undoDispute: 'Undo dispute',
    otherProblems: 'Also to fix',
    readerHeading: 'Reader',
    readerLabel: 'Article: select a passage, also with Shift and the arrow keys',
    chooseSource: 'Choose a source to read',
    selectHint: 'Select a passage with the mouse, by touch, or with Shift and the arrow keys.',
    selection: 'Selected',
    noSelection: 'Nothing selected',
    cite: 'Cite for this event',
    citeFor: (title) => `Cite for this event: ${title}`,
    needEvent: 'Choose or create an event to cite for.',
    cited: 'Cited',
    previewHeading: 'Preview',
  },
  ar: {
    pageTitle: 'ورشة التأليف — تاريخ',
    heading: 'ابنِ قصة',
    intro:
      'أضف المقالات، واكتب الأحداث، واقتبس بالتحديد: حدّد مقطعًا في القارئ واضغط «اقتبس لهذا الحدث». يُحفظ عملك في هذا المتصفح أثناء الكتابة.',
    backToDemo: 'العودة إلى العرض',
    language: 'اللغة',
    saving: 'جارٍ الحفظ…',
    saved: 'محفوظ في هذا المتصفح',
    restored: 'استُعيد عملك',
    notSaved: 'لم يقبل هذا المتصفح حفظ العمل: صدّره لتحتفظ به',
    unexported: 'تغييرات لم تُصدَّر بعد',
    files: 'الملفات',
    exportAuthoring: 'تصدير ملف التأليف',
    exportDataset: 'تصدير ملف البيانات',
    exportTexts: 'تصدير نصوص المقالات',
    importFiles: 'استيراد…',
    importHint: 'ملف بيانات (‎.json)، أو ملف تأليف مع مقالاته (ملفات ‎.json و‎.txt معًا).',
    imported: (events, sources) => `استُورد ${events} حدث و${sources} مصدر`,
    importProblems: 'مشكلات في الملف المستورد',
    replaceUnexported: 'في القصة هنا تغييرات لم تُصدَّر. أتستبدل بها الملف المستورد؟',
    removeCited: (count) =>
      count === 1 ? 'أتحذف هذا المصدر والاقتباس المأخوذ منه؟' : `أتحذف هذا المصدر والاقتباسات المأخوذة منه (${count})؟`,
    exportProblems: (count) =>
      count === 1 ? 'صُدّر الملف؛ بقيت مشكلة واحدة قبل النشر' : `صُدّر الملف؛ بقيت ${count} مشكلات قبل النشر`,
    storyHeading: 'القصة',
    storyTitleAr: 'عنوان القصة (بالعربية)',
    storyTitleEn: 'عنوان القصة (بالإنجليزية)',
    tracks: 'المسارات',
    addTrack: 'أضف مسارًا',
    trackId: 'معرّف المسار',
    labelAr: 'الاسم (بالعربية)',
    labelEn: 'الاسم (بالإنجليزية)',
    removeTrack: 'احذف المسار',
    sourcesHeading: 'المصادر',
    dropHint: 'أفلت مقالات ‎.txt هنا، أو',
    chooseFiles: 'اختر ملفات ‎.txt…',
    pasteLabel: 'أو الصق مقالًا',
    addPasted: 'أضف المقال الملصق',
    noSources: 'لا مقالات بعد.',
    sourceId: 'معرّف المصدر',
    headlineAr: 'العنوان (بالعربية)',
    headlineEn: 'العنوان (بالإنجليزية)',
    outletAr: 'الناشر (بالعربية)',
    outletEn: 'الناشر (بالإنجليزية)',
    published: 'تاريخ النشر (بصيغة ISO)',
    sourceLang: 'لغة المقال',
    arabic: 'العربية',
    english: 'الإنجليزية',
    url: 'الرابط (http أو https)',
    read: 'اقرأ',
    removeSource: 'احذف المصدر',
    characters: (count) => `${count} حرفًا`,
    eventsHeading: 'الأحداث',
    newEvent: 'حدث جديد',
    noEvents: 'لا أحداث بعد.',
    untitled: 'حدث بلا عنوان',
    errors: (count) => (count === 1 ? 'مشكلة واحدة' : count === 2 ? 'مشكلتان' : `${count} مشكلات`),
    eventId: 'معرّف الحدث',
    date: 'التاريخ (بصيغة ISO 8601)',
    precision: 'معروف حتى',
    precisions: { year: 'السنة', month: 'الشهر', day: 'اليوم', hour: 'الساعة', minute: 'الدقيقة' },
    end: 'النهاية (بصيغة ISO 8601، للأحداث الممتدة)',
    titleAr: 'العنوان (بالعربية)',
    titleEn: 'العنوان (بالإنجليزية)',
    summaryAr: 'الملخص (بالعربية)',
    summaryEn: 'الملخص (بالإنجليزية)',
    placeAr: 'المكان (بالعربية)',
    placeEn: 'المكان (بالإنجليزية)',
    track: 'المسار',
    noTrack: 'بلا مسار',
    removeEvent: 'احذف الحدث',
    excerpts: 'الاقتباسات',
    noExcerpts: 'لا اقتباسات بعد: حدّد مقطعًا في القارئ واقتبسه.',
    translationAr: 'الترجمة (بالعربية)',
    translationEn: 'الترجمة (بالإنجليزية)',
    translationAsked: 'ترجم الاقتباس الآن.',
    removeExcerpt: 'احذف الاقتباس',
    compare: 'قارن',
    markDisputed: 'علّم الاقتباسين المقارنين بأنهما مختلفان',
    disputeHint: 'اختر اقتباسين مختلفين ثم علّمهما.',
    dispute: (n) => `الخلاف ${n}`,
    noteAr: 'موضع الخلاف (بالعربية)',
    noteEn: 'موضع الخلاف (بالإنجليزية)',
    undoDispute: 'ألغِ الخلاف',
    otherProblems: 'ما يلزم إصلاحه أيضًا',
    readerHeading: 'القارئ',
    readerLabel: 'المقال: حدّد مقطعًا، ويمكن ذلك بمفتاح Shift والأسهم',
    chooseSource: 'اختر مصدرًا لقراءته',
    selectHint: 'حدّد مقطعًا بالفأرة أو باللمس أو بمفتاح Shift والأسهم.',
    selection: 'المحدَّد',
    noSelection: 'لا شيء محدَّد',
    cite: 'اقتبس لهذا الحدث',
    citeFor: (title) => `اقتبس لهذا الحدث: ${title}`,
    needEvent: 'اختر حدثًا أو أنشئ حدثًا لتقتبس له.',
    cited: 'اقتُبس',
    previewHeading: 'المعاينة',
  },
};
