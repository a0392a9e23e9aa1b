import { messagesFor } from '../../i18n/messages.js';
import type { TimelineItem } from '../../model/items.js';
import type { Lang, Track } from '../../model/types.js';
import { formatAtPrecision } from '../../time/format.js';

/**
 * How events and bands are worded for the reader: an event's accessible name and date, a band's
 * heading. Dates are formatted once per item and language: formatting is the costliest part of
 * drawing a node.
 */
export class EventNames {
  private readonly dates = { ar: new WeakMap<TimelineItem, string>(), en: new WeakMap<TimelineItem, string>() };

  /** `tracks` gives the dataset's tracks, whose names the wording uses. */
  constructor(private readonly tracks: () => readonly Track[] | undefined) {}

  /** An event's date, as precise as it is known, in the reader's language. */
  dateText(item: TimelineItem, lang: Lang): string {
    let text = this.dates[lang].get(item);
    if (text === undefined) {
      text = formatAtPrecision(item.start, item.precision, lang, item.offset);
      this.dates[lang].set(item, text);
    }
    return text;
  }

  /** An event's accessible name: title, localized date, track, and whether it is background or disputed. */
  nameOf(item: TimelineItem, lang: Lang): string {
    const m = messagesFor(lang);
    const track = item.event.track ? this.tracks()?.find((t) => t.id === item.event.track) : undefined;
    return [
      item.event.title[lang],
      this.dateText(item, lang),
      track?.label[lang],
      item.event.context ? m.context : '',
      item.event.disputes?.length ? m.disputed : '',
    ]
      .filter(Boolean)
      .join(lang === 'ar' ? '، ' : ', ');
  }

  /** A band's heading: its track's name, or "Other events" for the band of events without one. */
  trackLabel(key: string, lang: Lang): string {
    const track = key ? this.tracks()?.find((t) => t.id === key) : undefined;
    return track ? track.label[lang] : messagesFor(lang).otherEvents;
  }
}
