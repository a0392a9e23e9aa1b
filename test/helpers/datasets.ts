import type { Dataset, TimelineEvent } from '../../src/model/types.js';

const TEXT = 'Alpha beta gamma. نص المصدر الكامل هنا.';

/** A small valid dataset: one source, `events` as given (each with one verified excerpt). */
export function datasetWith(events: Partial<TimelineEvent>[], extra: Partial<Dataset> = {}): Dataset {
  return {
    title: { ar: 'مجموعة اختبار', en: 'Test dataset' },
    sources: [
      {
        id: 's1',
        title: { ar: 'عنوان', en: 'Headline' },
        outlet: { ar: 'وكالة', en: 'Agency' },
        lang: 'en',
        text: TEXT,
      },
    ],
    events: events.map((e, i) => ({
      id: `e${i}`,
      date: '2023-09-13',
      title: { ar: `حدث ${i}`, en: `Event ${i}` },
      excerpts: [{ source: 's1', quote: 'Alpha', start: 0, end: 5, translation: { ar: 'ألفا', en: 'Alpha' } }],
      ...e,
    })) as TimelineEvent[],
    ...extra,
  };
}

/** `count` events one day apart from 1 September 2023. */
export function dailyEvents(count: number): Partial<TimelineEvent>[] {
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(Date.UTC(2023, 8, 1 + i)).toISOString().slice(0, 10),
    title: { ar: `حدث رقم ${i}`, en: `Event number ${i}` },
  }));
}

/** `count` events `hours` apart from 1 September 2023, dated to the minute, titled "Event i" unless told. */
export function eventsEvery(
  count: number,
  hours: number,
  title = (i: number) => ({ ar: `حدث ${i}`, en: `Event ${i}` }),
): Partial<TimelineEvent>[] {
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(Date.UTC(2023, 8, 1) + i * hours * 3_600_000).toISOString().slice(0, 16) + 'Z',
    title: title(i),
  }));
}
