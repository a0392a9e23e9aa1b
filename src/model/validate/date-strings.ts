/**
 * One string for each date written alike. Events of a large dataset share their dates (a news story
 * has hundreds of events in its busiest minutes, and whole days of events dated to the day), but
 * JSON.parse makes each its own string: 32 bytes an event for a date to the minute, held as long as
 * the timeline is. Looking a string up in a `Map` would hash it, a call into the runtime for every
 * fresh string; here the date's time, already read, picks a slot, and a date equal to the one last
 * seen in its slot is given that one's string instead. Dates that share a slot and differ keep
 * their own.
 */
export class DateStrings {
  private readonly slots: (string | undefined)[];
  private readonly mask: number;

  /** `expected`: how many dates will be asked for (see `slotCount`). */
  constructor(expected: number) {
    const size = slotCount(expected);
    this.slots = new Array<string | undefined>(size);
    this.mask = size - 1;
  }

  /** `date`, or an equal string given before for a date at `start` (ms). */
  share(date: string, start: number): string {
    const slot = ((start / MINUTE) | 0) & this.mask;
    const known = this.slots[slot];
    if (known === date) return known;
    this.slots[slot] = date;
    return date;
  }
}

const MINUTE = 60_000;

/**
 * The slots of a table of shared values for `expected` lookups: a power of two, from 16 to 65,536. A few
 * hundred kilobytes at most, however large the dataset: a value repeated at all is met again soon.
 */
export function slotCount(expected: number): number {
  let size = 16;
  while (size < Math.min(expected, 1 << 16)) size *= 2;
  return size;
}
