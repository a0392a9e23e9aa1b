import type { Text } from '../types.js';
import { slotCount } from './date-strings.js';

/**
 * One translation object for each passage translated alike. A story often quotes one passage for
 * several events (a leader's statement behind each of its consequences), and every copy of its
 * translation is an object and a string the timeline holds for as long as it draws the dataset: the
 * quote itself already shares its source's text (excerpts.ts), but the translation into the other
 * language is about a hundred bytes an event. As for dates (date-strings.ts), the passage's offsets,
 * already read, pick a slot without hashing a string, and a translation equal in both languages to
 * the one last kept in its slot is given that one instead. Passages that share a slot keep their own.
 */
export class PassageTranslations {
  private readonly slots: (Text | undefined)[];
  private readonly mask: number;

  /** `expected`: how many excerpts will be asked for (see `slotCount`). */
  constructor(expected: number) {
    const size = slotCount(expected);
    this.slots = new Array<Text | undefined>(size);
    this.mask = size - 1;
  }

  /** `translation`, or an equal one given before for the passage `[start, end)`. */
  share(translation: Text, start: number, end: number): Text {
    const slot = (Math.imul(start, 0x9e3779b1) ^ end) & this.mask;
    const known = this.slots[slot];
    if (known !== undefined && known.ar === translation.ar && known.en === translation.en) return known;
    this.slots[slot] = translation;
    return translation;
  }
}
