import { expect } from '@open-wc/testing';
import { EventNames } from '../../../src/elements/timeline/event-names.js';
import { toItems } from '../../../src/model/items.js';
import type { Track } from '../../../src/model/types.js';

const tracks: Track[] = [{ id: 'diplomacy', label: { ar: 'دبلوماسية', en: 'Diplomacy' } }];
const items = toItems([
  {
    id: 'treaty',
    date: '2024-06-19',
    track: 'diplomacy',
    title: { ar: 'توقيع المعاهدة', en: 'Treaty signed' },
    excerpts: [],
    disputes: [{ ar: 'خلاف', en: 'A dispute' }] as never,
  },
  { id: 'visit', date: '2024-06', context: true, title: { ar: 'زيارة', en: 'Visit' }, excerpts: [] },
]);
const treaty = items.find((item) => item.id === 'treaty');
const visit = items.find((item) => item.id === 'visit');

describe('EventNames', () => {
  it("names an event by its title, date, track and marks, in the reader's language", () => {
    const names = new EventNames(() => tracks);
    expect(names.nameOf(treaty!, 'en')).to.equal('Treaty signed, 19 June 2024, Diplomacy, sources disagree');
    expect(names.nameOf(treaty!, 'ar')).to.equal('توقيع المعاهدة، 19 يونيو 2024، دبلوماسية، المصادر مختلفة');
  });

  it('dates an event as precisely as it is known, and marks a background event', () => {
    const names = new EventNames(() => undefined);
    expect(names.dateText(visit!, 'en')).to.equal('June 2024');
    expect(names.nameOf(visit!, 'en')).to.equal('Visit, June 2024, background');
    expect(names.nameOf(visit!, 'ar')).to.equal('زيارة، يونيو 2024، خلفية');
    // Formatted once per item and language.
    expect(names.dateText(visit!, 'en')).to.equal(names.dateText(visit!, 'en'));
  });

  it('heads a band with its track, or "Other events" for events without one', () => {
    const names = new EventNames(() => tracks);
    expect(names.trackLabel('diplomacy', 'ar')).to.equal('دبلوماسية');
    expect(names.trackLabel('', 'en')).to.equal('Other events');
    expect(names.trackLabel('', 'ar')).to.equal('أحداث أخرى');
    // A track the dataset no longer has is named as events without one.
    expect(names.trackLabel('space', 'en')).to.equal('Other events');
  });
});
