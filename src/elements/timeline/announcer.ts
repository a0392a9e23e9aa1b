import type { ReactiveControllerHost } from 'lit';
import type { Lang } from '../../model/types.js';
import { liveRegionTemplate, windowAnnouncement } from './live-region.js';

/** How long a selection's words wait to be said again with the window it moves to. */
const SELECTION_NOTE_MS = 2000;

/**
 * What the polite live region says: a selection as it is made, and each window the view settles on;
 * a window that a selection just moved to is said together with that selection, which an older one
 * is not.
 */
export class Announcer {
  /** What the live region says now. */
  text = '';
  /** The selection just announced, to say together with the window its selection settles on. */
  private note = { text: '', at: 0 };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Says a selection (or that it was cleared). */
  selection(text: string) {
    this.note = { text, at: this.now() };
    this.say(text);
  }

  /** Says the window the view settled on, after the selection that moved it there, if just made. */
  window(start: number, end: number, lang: Lang) {
    const range = windowAnnouncement(start, end, lang);
    const note = this.now() - this.note.at < SELECTION_NOTE_MS ? this.note.text : '';
    this.note = { text: '', at: 0 };
    this.say(note ? `${note}. ${range}` : range);
  }

  template() {
    return liveRegionTemplate(this.text);
  }

  private say(text: string) {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
