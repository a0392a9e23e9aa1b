import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/index.js';
import type { Dataset, TarikhTimeline } from '../../src/index.js';
import { validateDataset } from '../../src/model/validate.js';
import { clusterCounts, drawnIds, frames, shadow, timelineWith, watchPageErrors } from './helpers.js';

const TEXT = 'Alpha beta gamma. نص المصدر الكامل هنا.';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO string for a given instant at a given precision, with or without an offset. */
function iso(ms: number, precision: string, offsetMinutes: number | null): string {
  const wall = new Date(ms + (offsetMinutes ?? 0) * 60_000);
  const y = pad(wall.getUTCFullYear(), 4);
  const mo = pad(wall.getUTCMonth() + 1);
  const d = pad(wall.getUTCDate());
  if (precision === 'year') return y;
  if (precision === 'month') return `${y}-${mo}`;
  if (precision === 'day') return `${y}-${mo}-${d}`;
  const zone =
    offsetMinutes === null
      ? 'Z'
      : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${y}-${mo}-${d}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}${zone}`;
}

const PRECISIONS = ['year', 'month', 'day', 'hour', 'minute'] as const;
const YEAR = 365.25 * 86_400_000;
const EPOCH_1200 = Date.UTC(1200, 0, 1);
const PILE_DAY = Date.UTC(2024, 5, 19, 12);

/** Ways an event can be broken; each makes the validator reject it. */
const BREAKERS: ((e: Record<string, unknown>) => void)[] = [
  (e) => (e.date = '2023-02-30'),
  (e) => (e.date = 'soon'),
  (e) => (e.precision = 'week'),
  (e) => (e.title = { en: 'only English' }),
  (e) => delete e.title,
  (e) => (e.excerpts = 'none'),
  (e) => (e.track = 'no-such-track'),
  (e) => (e.end = '1000-01-01'),
  (e) => (e.id = 42),
  (e) => ((e.excerpts as unknown[])[0] = { source: 'ghost', quote: 'x', start: 0, end: 1 }),
];

const eventArb = fc.record({
  where: fc.oneof(
    { weight: 3, arbitrary: fc.constant<'pile'>('pile') },
    { weight: 4, arbitrary: fc.constant<'spread'>('spread') },
    { weight: 1, arbitrary: fc.constant<'far'>('far') },
  ),
  t: fc.double({ min: 0, max: 1, noNaN: true }),
  precision: fc.constantFrom(...PRECISIONS, undefined),
  own: fc.constantFrom(...PRECISIONS),
  offset: fc.constantFrom(null, 0, -720, -570, 330, 345, 540, 840),
  lasts: fc.option(fc.integer({ min: 1, max: 400 }), { freq: 6 }),
  breaker: fc.option(fc.integer({ min: 0, max: BREAKERS.length - 1 }), { freq: 5 }),
  track: fc.constantFrom(undefined, 't1', 't2'),
  context: fc.boolean(),
  title: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('حدث في بيونغ يانغ', 'Long title '.repeat(10))),
});

const datasetArb = (maxEvents: number) =>
  fc.record({ events: fc.array(eventArb, { maxLength: maxEvents }), spreadYears: fc.integer({ min: 1, max: 1200 }) });

/** Builds the dataset and says which ids are valid. */
type EventGen = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;
function build({ events, spreadYears }: { events: EventGen[]; spreadYears: number }) {
  const validIds: string[] = [];
  const built = events.map((g, i) => {
    const ms =
      g.where === 'pile'
        ? PILE_DAY + (g.t - 0.5) * 3_600_000
        : g.where === 'far'
          ? EPOCH_1200 + g.t * 1200 * YEAR
          : Date.UTC(2000, 0, 1) + g.t * spreadYears * YEAR;
    // Coarse precisions without an offset (an offset only goes with a time).
    const own = g.own;
    const timed = own === 'hour' || own === 'minute';
    const event: Record<string, unknown> = {
      id: `e${i}`,
      date: iso(ms, own, timed ? g.offset : null),
      title: { ar: g.title.trim() ? `${g.title} ع` : 'عنوان', en: g.title.trim() ? g.title : 'title' },
      excerpts: [{ source: 's1', quote: 'Alpha', start: 0, end: 5, translation: { ar: 'ألفا', en: 'Alpha' } }],
      context: g.context,
    };
    // `precision` may only coarsen: a finer one than the string's is ignored, not an error.
    if (g.precision) event.precision = g.precision;
    if (g.track) event.track = g.track;
    if (g.lasts) event.end = iso(ms + g.lasts * 86_400_000, 'day', null);
    if (g.lasts && event.end! <= String(event.date).slice(0, 10)) delete event.end;
    if (g.breaker !== null) BREAKERS[g.breaker]!(event);
    else validIds.push(`e${i}`);
    return event;
  });
  const data = {
    title: { ar: 'اختبار', en: 'Stress' },
    tracks: [
      { id: 't1', label: { ar: 'أ', en: 'A' } },
      { id: 't2', label: { ar: 'ب', en: 'B' } },
    ],
    sources: [{ id: 's1', title: { ar: 'ع', en: 'H' }, outlet: { ar: 'و', en: 'A' }, lang: 'en', text: TEXT }],
    events: built,
  };
  return { data: data as unknown as Dataset, validIds };
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Draws `data`, fits, and checks the three promises. Returns how many events were drawn. */
async function check(el: TarikhTimeline, data: Dataset, validIds: string[]) {
  el.data = data;
  await el.updateComplete;
  await frames();
  el.fit();
  await el.updateComplete;
  await frames();
  await el.updateComplete;
  // The generator and the validator agree on what is valid (a check of the generator itself).
  const result = validateDataset(data);
  expect(result.dataset?.events.length ?? 0).to.equal(validIds.length);
  const ids = drawnIds(el);
  expect(new Set(ids).size, 'no id drawn twice').to.equal(ids.length);
  const valid = new Set(validIds);
  for (const id of ids) expect(valid.has(id), `drawn ${id} is valid`).to.equal(true);
  const clustered = clusterCounts(el).reduce((a, b) => a + b, 0);
  expect(ids.length + clustered, 'drawn + clustered = valid').to.equal(validIds.length);
  const root = shadow(el);
  const labels = [...root.querySelectorAll<HTMLElement>('[part~="event"] .label')].map((l) =>
    l.getBoundingClientRect(),
  );
  const dots = [...root.querySelectorAll<HTMLElement>('[part~="event"] .dot')].map((d) => d.getBoundingClientRect());
  for (let i = 0; i < labels.length; i += 1) {
    for (let j = i + 1; j < labels.length; j += 1)
      expect(overlaps(labels[i]!, labels[j]!), 'labels overlap').to.equal(false);
  }
  const nodes = [...root.querySelectorAll<HTMLElement>('[part~="event"]')];
  nodes.forEach((node, i) => {
    const label = node.querySelector('.label')?.getBoundingClientRect();
    if (!label) return;
    dots.forEach((dot, j) => {
      if (i !== j) expect(overlaps(label, dot), 'a label covers another dot').to.equal(false);
    });
  });
  return ids.length;
}

describe('robustness: stress (fast-check)', function () {
  this.timeout(60_000);
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const lang of ['en', 'ar'] as const) {
    it(`never throws, overlaps labels or loses a valid event: small random datasets (${lang})`, async () => {
      const page = watchPageErrors();
      const el = await timelineWith(null, { lang, width: 900, height: 420 });
      let cases = 0;
      await fc.assert(
        fc.asyncProperty(datasetArb(300), async (g) => {
          const { data, validIds } = build(g);
          await check(el, data, validIds);
          cases += 1;
        }),
        { numRuns: 40 },
      );
      expect(cases).to.equal(40);
      expect(page.stop()).to.deep.equal([]);
    });
  }

  it('never throws, overlaps labels or loses a valid event: up to 5,000 events', async () => {
    const page = watchPageErrors();
    const el = await timelineWith(null, { lang: 'en', width: 1000, height: 480 });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1000, max: 5000 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        async (n, seed) => {
          const g = fc.sample(fc.array(eventArb, { minLength: n, maxLength: n }), { seed, numRuns: 1 })[0]!;
          const { data, validIds } = build({ events: g, spreadYears: 1 + (seed % 900) });
          await check(el, data, validIds);
        },
      ),
      { numRuns: 6, examples: [[5000, 1]] },
    );
    expect(page.stop()).to.deep.equal([]);
  });

  it('keeps every one of 600 events piled on one day, zoomed out and zoomed in', async () => {
    const events = Array.from({ length: 600 }, (_, i) => ({
      id: `p${i}`,
      date: i % 3 ? '2024-06-19' : `2024-06-19T${pad(i % 24)}:${pad(i % 60)}:00+09:00`,
      title: { ar: `حدث ${i}`, en: `Event ${i}` },
      excerpts: [],
      context: true,
    }));
    const data = { title: { ar: 'ع', en: 'E' }, sources: [], events } as unknown as Dataset;
    const el = await timelineWith(null, { lang: 'ar', width: 900, height: 420 });
    await check(
      el,
      data,
      events.map((e) => e.id),
    );
    // Zoomed in as far as it goes, every event in view is still drawn or counted.
    el.zoomTo(new Date('2024-06-19T03:00Z'), new Date('2024-06-19T03:30Z'), { animate: false });
    await el.updateComplete;
    await frames();
    const view = el.visibleRange;
    expect(+view.end - +view.start).to.be.at.least(3_600_000 - 1);
    expect(drawnIds(el).length + clusterCounts(el).reduce((a, b) => a + b, 0)).to.be.above(0);
  });
});
