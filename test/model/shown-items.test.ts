import { expect } from '@open-wc/testing';
import { idHash } from '../../src/model/id-set.js';
import { itemColumns, toItems } from '../../src/model/items.js';
import { ShownItems } from '../../src/model/shown-items.js';
import type { Dataset, TimelineEvent } from '../../src/model/types.js';
import { validateWithDates } from '../../src/model/validate.js';

const event = (id: string, date: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  title: { ar: `عنوان ${id}`, en: `Title ${id}` },
  excerpts: [],
  ...more,
});

const events = [
  event('visit', '2024-06-18T23:00:00Z', { end: '2024-06-20', track: 'diplomacy' }),
  event('summit', '2023-09-13T04:00:00Z', {
    track: 'diplomacy',
    title: { ar: 'قمة فوستوتشني', en: 'Vostochny summit' },
  }),
  event('launch', '2023-11-21', { track: 'space' }),
  event('treaty', '2024-06-19T12:00:00Z', { title: { ar: 'توقيع المعاهدة', en: 'Treaty signed' } }),
];
const dataset: Dataset = {
  title: { ar: 'قصة', en: 'Story' },
  tracks: [
    { id: 'diplomacy', label: { ar: 'دبلوماسية', en: 'Diplomacy' } },
    { id: 'space', label: { ar: 'الفضاء', en: 'Space' } },
  ],
  sources: [],
  events,
};

function loaded() {
  const shown = new ShownItems();
  shown.setAll(toItems(events), '', new Set(), dataset);
  return shown;
}

describe('ShownItems', () => {
  it('shows every event in time order with their times in columns', () => {
    const shown = loaded();
    expect(shown.items.map((i) => i.id)).to.deep.equal(['summit', 'launch', 'visit', 'treaty']);
    expect([...shown.at]).to.deep.equal(shown.items.map((i) => i.at));
    // A range ends at its end; a point at its own time.
    expect(shown.ends[2]).to.equal(Date.UTC(2024, 5, 21));
    expect(shown.ends[3]).to.equal(shown.at[3]);
    expect(shown.longestRange).to.equal(Date.UTC(2024, 5, 21) - Date.UTC(2024, 5, 18, 23));
    expect(shown.indexOf('treaty')).to.equal(3);
    expect(shown.indexOf('nothing')).to.equal(-1);
    expect(shown.indexOf(null)).to.equal(-1);
  });

  it('finds every id where it is, before and after many lookups and after the shown events change', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      event(`e${i}`, new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 200) * 86_400_000).toISOString(), {
        track: i % 2 ? 'space' : 'diplomacy',
      }),
    );
    const shown = new ShownItems();
    shown.setAll(toItems(many), '', new Set(), { ...dataset, events: many });
    const expectAllFound = () => {
      // In an order unlike the items', twice (the second time from what was remembered), and ids not shown.
      for (const round of [0, 1]) {
        for (let k = 0; k < many.length; k += 1) {
          const id = `e${(k * 37 + round) % many.length}`;
          expect(shown.indexOf(id), id).to.equal(shown.items.findIndex((item) => item.id === id));
        }
      }
      expect(shown.indexOf('nothing')).to.equal(-1);
    };
    expect(shown.indexOf('e5')).to.equal(shown.items.findIndex((item) => item.id === 'e5'));
    expectAllFound();
    // Hiding a track moves every index: nothing remembered of the old list may answer.
    shown.filter('', new Set(['space']), { ...dataset, events: many });
    expect(shown.indexOf('e1')).to.equal(-1);
    expect(shown.indexOf('e4')).to.equal(shown.items.findIndex((item) => item.id === 'e4'));
    expectAllFound();
  });

  it("finds many ids in one pass over the items, as indexOf would, and remembers them (a story's order)", () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      event(`e${i}`, `2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`, {
        track: i % 2 ? 'space' : 'diplomacy',
      }),
    );
    // Items whose ids count their reads.
    let reads = 0;
    const counted = toItems(many).map((item) => Object.create(item, { id: { get: () => (reads++, item.id) } }));
    const shown = new ShownItems();
    shown.setAll(counted, '', new Set(), { ...dataset, events: many });
    const asked = ['e299', 'nothing', 'e0', 'e150', 'e0', ...Array.from({ length: 60 }, (_, k) => `e${k * 5 + 1}`)];
    const expected = asked.map((id) => counted.findIndex((item) => item.id === id));
    reads = 0;
    expect(shown.indexesOf(asked)).to.deep.equal(expected);
    expect(reads, 'each item read once at most').to.be.at.most(counted.length);
    reads = 0;
    expect(asked.map((id) => shown.indexOf(id))).to.deep.equal(expected);
    expect(reads, 'remembered').to.equal(0);
    // With a filter, indexes are into the events shown.
    shown.filter('', new Set(['space']), { ...dataset, events: many });
    expect(shown.indexesOf(['e0', 'e1', 'e298'])).to.deep.equal(
      ['e0', 'e1', 'e298'].map((id) => shown.items.findIndex((item) => item.id === id)),
    );
  });

  it('finds ids one at a time by a scan that stops at each, however many are asked for', () => {
    const many = Array.from({ length: 1000 }, (_, i) => event(`e${i}`, `2024-01-01T00:00:00Z`));
    let reads = 0;
    const counted = toItems(many).map((item) => Object.create(item, { id: { get: () => (reads++, item.id) } }));
    const shown = new ShownItems();
    shown.setAll(counted, '', new Set(), { ...dataset, events: many });
    reads = 0;
    // The first 60 events, one at a time: no lookup reads past the event it finds (a map of every id would).
    for (let k = 0; k < 60; k += 1) expect(shown.indexOf(counted[k]!.id)).to.equal(k);
    expect(reads).to.equal((60 * 61) / 2 + 60);
  });

  it('finds an id by its hash among validated events, reading only the ids whose hash is the same', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      event(`e${i}`, `2024-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`),
    );
    const { result, dates } = validateWithDates({ ...dataset, events: many });
    const placed = toItems(result.dataset!.events, dates);
    let reads = 0;
    const counted = placed.map((item) => Object.create(item, { id: { get: () => (reads++, item.id) } }));
    const columns = itemColumns.get(placed)!;
    itemColumns.set(counted, columns);
    const shown = new ShownItems();
    shown.setAll(counted, '', new Set(), { ...dataset, events: many });
    const where = (id: string) => placed.findIndex((item) => item.id === id);
    // Three earlier items made to share the hash of e250: each is read, and passed over.
    const target = where('e250');
    const sharing = [0, 7, target - 1];
    for (const k of sharing) columns.idHash![k] = idHash('e250');
    reads = 0;
    expect(shown.indexOf('e250')).to.equal(target);
    expect(reads).to.equal(4);
    const others = ['e0', 'e499', 'e123', 'e321'].filter((id) => !sharing.includes(where(id)));
    expect(others.length).to.be.at.least(2);
    for (const id of [...others, 'nothing']) {
      reads = 0;
      expect(shown.indexOf(id), id).to.equal(where(id));
      expect(reads, id).to.be.at.most(1);
    }
    // Many at once (a story's order), in one pass over the hashes: only items with a hash asked for are read.
    const shownAgain = new ShownItems();
    shownAgain.setAll(counted, '', new Set(), { ...dataset, events: many });
    const asked = ['e499', 'nothing', 'e1', 'e250', 'e1', 'e42'];
    reads = 0;
    expect(shownAgain.indexesOf(asked)).to.deep.equal(asked.map((id) => (id === 'nothing' ? -1 : where(id))));
    expect(reads).to.equal(4 + sharing.length);
    // Filtered, the hashes of the events passing go with them: indexes are into the events shown.
    shown.filter('e7', new Set(), { ...dataset, events: many });
    expect(shown.items.length).to.be.within(2, many.length - 1);
    for (const id of ['e7', 'e71', 'e250', 'e0']) {
      const expected = shown.items.findIndex((item) => item.id === id);
      reads = 0;
      expect(shown.indexOf(id), id).to.equal(expected);
      expect(reads, id).to.be.at.most(1);
    }
  });

  it('finds an id it was told the index of without reading other items, and ignores a wrong index', () => {
    const many = Array.from({ length: 50 }, (_, i) =>
      event(`e${i}`, `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`),
    );
    const shown = new ShownItems();
    shown.setAll(toItems(many), '', new Set(), { ...dataset, events: many });
    const at = shown.items.findIndex((item) => item.id === 'e40');
    // Items whose ids count their reads: a scan would read many of them.
    let reads = 0;
    const counted = shown.items.map((item) => Object.create(item, { id: { get: () => (reads++, item.id) } }));
    shown.filter('', new Set(), { ...dataset, events: many });
    shown.items = counted;
    shown.rememberIndex('e40', at);
    reads = 0;
    expect(shown.indexOf('e40')).to.equal(at);
    expect(reads).to.equal(0);
    // A claim the items do not bear out is not taken.
    shown.rememberIndex('e41', at);
    expect(shown.indexOf('e41')).to.equal(counted.findIndex((item) => item.id === 'e41'));
  });

  it('narrows to the events matching every word of a query, in either language, and by track', () => {
    const shown = loaded();
    shown.filter('summit', new Set(), dataset);
    expect(shown.items.map((i) => i.id)).to.deep.equal(['summit']);
    shown.filter('المعاهدة', new Set(), dataset);
    expect(shown.items.map((i) => i.id)).to.deep.equal(['treaty']);
    // A track's name is searchable text too.
    shown.filter('space', new Set(), dataset);
    expect(shown.items.map((i) => i.id)).to.deep.equal(['launch']);
    shown.filter('', new Set(['diplomacy']), dataset);
    expect(shown.items.map((i) => i.id)).to.deep.equal(['launch', 'treaty']);
    // Indexes and columns follow what is shown.
    expect(shown.indexOf('treaty')).to.equal(1);
    expect([...shown.at]).to.deep.equal(shown.items.map((i) => i.at));
    expect(shown.longestRange).to.equal(0);
    shown.filter('  ', new Set(), dataset);
    expect(shown.items).to.equal(shown.all);
  });

  it('works out the searchable texts of a large dataset in slices, after which a search is the same', () => {
    // 300 events, of which every seventh is a treaty, with a limit of 100 texts missing.
    const many = Array.from({ length: 300 }, (_, i) =>
      event(`e${i}`, `2024-01-01T00:${String(i % 60).padStart(2, '0')}:00Z`, {
        title: i % 7 === 0 ? { ar: `معاهدة ${i}`, en: `Treaty ${i}` } : { ar: `زيارة ${i}`, en: `Visit ${i}` },
      }),
    );
    const data = { ...dataset, events: many };
    const shown = new ShownItems();
    shown.setAll(toItems(many), '', new Set(), data);
    expect(shown.isColdSearch('', 100), 'no query, nothing to read').to.equal(false);
    expect(shown.isColdSearch('treaty', 100)).to.equal(true);
    expect(shown.isColdSearch('treaty', 300)).to.equal(false);
    // Each slice stops when told: asked every 64 events, here after two asks.
    const slices: number[] = [];
    let done = false;
    while (!done) {
      let asks = 0;
      done = shown.prepareSearch(data, () => (asks += 1) <= 2);
      slices.push(asks);
      expect(slices.length, 'slices').to.be.below(10);
    }
    expect(slices.length).to.equal(Math.ceil(300 / 128));
    expect(shown.isColdSearch('treaty', 100)).to.equal(false);
    expect(shown.isColdSearch('treaty', 0)).to.equal(false);
    shown.filter('treaty', new Set(), data);
    const expected = many.filter((_, i) => i % 7 === 0).map((e) => e.id);
    expect(shown.items.map((i) => i.id).sort()).to.deep.equal(expected.sort());
    shown.filter('معاهده', new Set(), data);
    expect(shown.items).to.have.length(expected.length);
    // New data has texts of its own to work out.
    shown.setAll(toItems(many.slice(0, 200)), '', new Set(), data);
    expect(shown.isColdSearch('treaty', 100)).to.equal(true);
  });

  it('shows nothing of new data whose query is a cold search, when asked to wait for it', () => {
    // 6,000 events, over the 5,000 whose texts a search works out in the update.
    const many = Array.from({ length: 6000 }, (_, i) =>
      event(`e${i}`, '2024-01-01', {
        title: i % 7 === 0 ? { ar: 'معاهدة', en: 'Treaty' } : { ar: 'زيارة', en: 'Visit' },
      }),
    );
    const data = { ...dataset, events: many };
    const shown = new ShownItems();
    const { dataVersion } = shown;
    expect(shown.setAll(toItems(many), 'treaty', new Set(), data, { waitForColdSearch: true })).to.equal(true);
    expect(shown.items).to.have.length(0);
    expect(shown.all).to.have.length(6000);
    expect(shown.dataVersion).to.equal(dataVersion + 1);
    while (!shown.prepareSearch(data, () => true));
    shown.filter('treaty', new Set(), data);
    expect(shown.items).to.have.length(Math.ceil(6000 / 7));
    // Without a query, or with few events, or not asked to wait: filtered at once.
    expect(shown.setAll(toItems(many), '', new Set(), data, { waitForColdSearch: true })).to.equal(false);
    expect(shown.items).to.have.length(6000);
    expect(shown.setAll(toItems(many.slice(0, 100)), 'treaty', new Set(), data, { waitForColdSearch: true })).to.equal(
      false,
    );
    expect(shown.items).to.have.length(Math.ceil(100 / 7));
    expect(shown.setAll(toItems(many), 'treaty', new Set(), data)).to.equal(false);
    expect(shown.items).to.have.length(Math.ceil(6000 / 7));
  });

  it('changes its version when what is drawn changes, its data version only with new data', () => {
    const shown = loaded();
    const { version, dataVersion } = shown;
    shown.filter('', new Set(), dataset);
    expect(shown.version, 'showing everything again changes nothing').to.equal(version);
    shown.filter('treaty', new Set(), dataset);
    expect(shown.version).to.be.greaterThan(version);
    shown.forgetLabelWidths();
    expect(shown.dataVersion, 'a filter or a font keeps the zoomable domain').to.equal(dataVersion);
    shown.setAll(toItems(events.slice(0, 2)), '', new Set(), dataset);
    expect(shown.dataVersion).to.be.greaterThan(dataVersion);
  });

  it('takes the extent of all events, not only of those shown', () => {
    const shown = loaded();
    shown.filter('treaty', new Set(), dataset);
    expect(shown.allExtent()).to.deep.equal({ lo: Date.UTC(2023, 8, 13, 4), hi: Date.UTC(2024, 5, 21) });
    // New data under a filter: only matches are shown, the extent is still of all events.
    shown.setAll(toItems(events.slice(1, 3)), 'launch', new Set(), dataset);
    expect(shown.items.map((i) => i.id)).to.deep.equal(['launch']);
    expect(shown.allExtent()).to.deep.equal({ lo: Date.UTC(2023, 8, 13, 4), hi: Date.UTC(2023, 10, 22) });
    shown.setAll([], '', new Set(), dataset);
    expect(shown.allExtent()).to.equal(null);
    expect(shown.items).to.have.length(0);
  });

  it('measures a label once per language and font, and again after forgetLabelWidths', () => {
    const shown = loaded();
    const measured: string[] = [];
    const measure = (lang: 'ar' | 'en') => (item: { id: string; event: TimelineEvent }) => {
      measured.push(`${lang}:${item.id}`);
      return item.event.title[lang].length;
    };
    expect(shown.labelWidth(3, 'en', '13px a', measure('en'))).to.equal('Treaty signed'.length);
    expect(shown.labelWidth(3, 'en', '13px a', measure('en'))).to.equal('Treaty signed'.length);
    expect(measured).to.deep.equal(['en:treaty']);
    expect(shown.labelWidth(3, 'ar', '13px a', measure('ar'))).to.equal('توقيع المعاهدة'.length);
    shown.labelWidth(3, 'ar', '14px a', measure('ar'));
    shown.forgetLabelWidths();
    shown.labelWidth(3, 'ar', '14px a', measure('ar'));
    expect(measured).to.deep.equal(['en:treaty', 'ar:treaty', 'ar:treaty', 'ar:treaty']);
  });
});
