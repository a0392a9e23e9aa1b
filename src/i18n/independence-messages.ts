import type { Lang } from '../model/types.js';

/**
 * The details panel's line on how many sources an event rests on and how many of them are
 * independent. The Arabic follows number agreement (مصدر واحد، مصدران، 3 مصادر، 11 مصدرًا) and
 * the dual where two sources are meant.
 */
export const independenceMessages = {
  en: {
    count: (sources: number, independent: number): string =>
      sources === 1
        ? '1 source'
        : independent === sources
          ? `${sources} independent sources`
          : `${sources} sources, ${independent} independent`,
  },
  ar: {
    count: (sources: number, independent: number): string => {
      if (sources === 1) return 'مصدر واحد';
      if (independent === sources)
        return sources === 2 ? 'مصدران مستقلان' : sources <= 10 ? `${sources} مصادر مستقلة` : `${sources} مصدرًا مستقلًا`;
      const all = sources === 2 ? 'مصدران' : sources <= 10 ? `${sources} مصادر` : `${sources} مصدرًا`;
      const some =
        independent === 1
          ? sources === 2
            ? 'أحدهما فقط مستقل'
            : 'واحد منها فقط مستقل'
          : independent === 2
            ? 'اثنان منها مستقلان'
            : `${independent} منها مستقلة`;
      return `${all}، ${some}`;
    },
  },
} satisfies Record<Lang, Record<string, unknown>>;

export function independenceMessagesFor(lang: Lang) {
  return independenceMessages[lang];
}
