import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Dataset, TarikhTimeline } from '../../src/index.js';
import { datasetWith } from '../helpers/datasets.js';
import { drawn, drawnIds, errorPanel, frames, shadow, timelineWith, watchPageErrors } from './helpers.js';

type Lang = 'ar' | 'en';
const T = {
  en: {
    invalid: 'This timeline’s data could not be used',
    rejected: (n: number) => `${n} events could not be shown`,
    more: (n: number) => `and ${n} more problems`,
    unverified: 'Unverified',
  },
  ar: {
    invalid: 'تعذّر استخدام بيانات هذا الخط الزمني',
    rejected: (n: number) => `تعذّر عرض ${n} حدثًا`,
    more: (n: number) => `و${n} مشكلات أخرى`,
    unverified: 'لم يُتحقَّق منه',
  },
};

const throwingProxy = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('read trap');
      },
      has() {
        throw new Error('has trap');
      },
      ownKeys() {
        throw new Error('ownKeys trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('descriptor trap');
      },
    },
  );

/** Inputs that are not a dataset at all, by name. */
const garbage: [string, () => unknown][] = [
  ['the number 42', () => 42],
  ['NaN', () => NaN],
  ['a string', () => 'not a dataset'],
  ['a JSON string of a dataset', () => JSON.stringify(datasetWith([{}]))],
  ['a huge string (4 MB)', () => 'x'.repeat(4_000_000)],
  ['true', () => true],
  ['an array', () => [datasetWith([{}])]],
  ['an empty object', () => ({})],
  ['events that are not a list', () => ({ title: { ar: 'ع', en: 'E' }, events: 'many' })],
  ['a function', () => () => datasetWith([{}])],
  ['a symbol', () => Symbol('data')],
  ['a Date', () => new Date()],
  ['a Proxy that throws on every access', throwingProxy],
  [
    'an object whose events getter throws',
    () => ({
      title: { ar: 'ع', en: 'E' },
      get events(): never {
        throw new Error('getter');
      },
    }),
  ],
  ['a DOM element', () => document.createElement('div')],
];

async function emptyTimeline(lang: Lang) {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline lang=${lang} style="width: 900px; height: 400px"></tarikh-timeline>`,
  );
  await el.updateComplete;
  return el;
}

for (const lang of ['en', 'ar'] as const) {
  describe(`robustness: bad data (${lang})`, () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    for (const [name, make] of garbage) {
      it(`shows a localized error and fires tarikh-error for ${name}, with nothing escaping`, async () => {
        const page = watchPageErrors();
        const el = await emptyTimeline(lang);
        const fired = oneEvent(el, 'tarikh-error');
        expect(() => ((el as unknown as { data: unknown }).data = make())).to.not.throw();
        const { detail } = (await fired) as CustomEvent<{ message: string; errors: string[] }>;
        await el.updateComplete;
        await frames();
        const panel = errorPanel(el);
        expect(panel !== null, 'error panel').to.equal(true);
        expect(panel!.getAttribute('role')).to.equal('alert');
        expect(panel!.textContent).to.include(T[lang].invalid);
        const items = [...panel!.querySelectorAll('li')].map((li) => li.textContent!.trim());
        expect(items.length).to.be.within(1, 10);
        for (const item of items) expect(item).to.match(/^\$\S*: \S/);
        expect(detail.message).to.equal(T[lang].invalid);
        expect(detail.errors.length).to.equal(items.length);
        expect(drawnIds(el)).to.deep.equal([]);
        expect(page.stop()).to.deep.equal([]);
      });
    }

    it('shows nothing and reports nothing for data = null', async () => {
      const page = watchPageErrors();
      const el = await emptyTimeline(lang);
      let errors = 0;
      el.addEventListener('tarikh-error', () => (errors += 1));
      el.data = null;
      await el.updateComplete;
      expect(errors).to.equal(0);
      expect(errorPanel(el) === null).to.equal(true);
      expect(page.stop()).to.deep.equal([]);
    });

    it('draws a cyclic dataset (cycles in unknown fields) without hanging or throwing', async () => {
      const page = watchPageErrors();
      const data = datasetWith([{ id: 'a' }, { id: 'b', date: '2023-10-01' }]) as Dataset & Record<string, unknown>;
      data.self = data;
      (data.events[0] as unknown as Record<string, unknown>).parent = data;
      (data.events as unknown as unknown[]).push(data.events);
      const el = await timelineWith(data, { lang });
      await drawn(el);
      expect(drawnIds(el).sort()).to.deep.equal(['a', 'b']);
      expect(page.stop()).to.deep.equal([]);
    });

    it('keeps drawing what it validated when the page mutates its object afterwards', async () => {
      const data = datasetWith([{ id: 'a' }, { id: 'b', date: '2023-10-01' }]);
      const el = await timelineWith(data, { lang });
      await drawn(el);
      const page = watchPageErrors();
      (data.events[0] as unknown as Record<string, unknown>).title = null;
      (data as unknown as Record<string, unknown>).events = 7;
      el.fit();
      el.select('a');
      await el.updateComplete;
      await frames();
      expect(drawnIds(el)).to.include('a');
      expect(page.stop()).to.deep.equal([]);
    });

    it('draws every valid event of partly bad data and lists the bad ones in an expandable panel', async () => {
      const page = watchPageErrors();
      const valid = Array.from({ length: 5 }, (_, i) => ({ id: `ok${i}`, date: `2023-0${i + 1}-15` }));
      const invalid = Array.from({ length: 14 }, (_, i) => ({ id: `bad${i}`, date: `2023-13-${10 + i}` }));
      const data = datasetWith([...valid, ...invalid]);
      const el = await emptyTimeline(lang);
      const fired = oneEvent(el, 'tarikh-error');
      el.data = data;
      const { detail } = (await fired) as CustomEvent<{ message: string; errors: string[] }>;
      await drawn(el);
      expect(drawnIds(el).sort()).to.deep.equal(valid.map((e) => e.id).sort());
      const panel = errorPanel(el)!;
      expect(panel.localName).to.equal('details');
      expect((panel as HTMLDetailsElement).open).to.equal(false);
      expect(panel.querySelector('summary')!.textContent!.trim()).to.equal(T[lang].rejected(14));
      // Collapsed, it stays one line above the lanes and does not cover the events.
      const box = panel.getBoundingClientRect();
      const firstEvent = shadow(el).querySelector('[part~="event"]')!.getBoundingClientRect();
      expect(box.bottom).to.be.at.most(firstEvent.top + 1);
      panel.querySelector('summary')!.click();
      await el.updateComplete;
      expect((panel as HTMLDetailsElement).open).to.equal(true);
      const items = [...panel.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.have.length(10);
      items.forEach((item, i) => expect(item.startsWith(`$.events[${i + 5}].date: `), item).to.equal(true));
      expect(items[0]).to.include('2023-13-10');
      expect(panel.textContent).to.include(T[lang].more(4));
      expect(detail.message).to.equal(T[lang].rejected(14));
      expect(detail.errors).to.have.length(14);
      expect(detail.errors[13]).to.match(/^\$\.events\[18\]\.date: /);
      expect(page.stop()).to.deep.equal([]);
    });

    it('marks an excerpt whose quote does not match its source as unverified, through the timeline', async () => {
      const data = datasetWith([
        {
          id: 'x',
          excerpts: [
            { source: 's1', quote: 'Alpha', start: 0, end: 5, translation: { ar: 'ألفا', en: 'Alpha' } },
            { source: 's1', quote: 'Gamma rays', start: 11, end: 21, translation: { ar: 'غاما', en: 'Gamma' } },
          ],
        },
      ]);
      const el = await timelineWith(data, { lang });
      await drawn(el);
      el.select('x');
      await el.updateComplete;
      const details = () => shadow(el).querySelector('tarikh-details');
      await waitUntil(() => details()?.shadowRoot?.querySelectorAll('[part~="excerpt"]').length === 2, 'cards');
      const cards = [...details()!.shadowRoot!.querySelectorAll<HTMLElement>('[part~="excerpt"]')];
      expect(cards[0]!.querySelector('.unverified') === null).to.equal(true);
      const mark = cards[1]!.querySelector<HTMLElement>('.unverified');
      expect(mark !== null).to.equal(true);
      expect(mark!.textContent).to.include(T[lang].unverified);
      expect(mark!.getBoundingClientRect().height).to.be.above(0);
      expect(getComputedStyle(mark!).visibility).to.equal('visible');
    });

    it('lets nothing escape from zooming with non-finite factors or selecting unknown ids', async () => {
      const page = watchPageErrors();
      const el = await timelineWith(datasetWith([{ id: 'a' }, { id: 'b', date: '2024-01-01' }]), { lang });
      await drawn(el);
      const call = (f: () => unknown) => expect(f).to.not.throw();
      for (const factor of [NaN, Infinity, -Infinity, 0, -2, 1e308, 1e-308, Number.MIN_VALUE])
        call(() => el.zoomBy(factor));
      for (const factor of ['2', null, undefined, {}]) call(() => el.zoomBy(factor as unknown as number));
      const t = el as unknown as Record<string, (...args: unknown[]) => unknown>;
      for (const [a, b] of [
        [new Date(NaN), new Date()],
        [new Date(), new Date(NaN)],
        [null, undefined],
        ['yesterday', 'tomorrow'],
        [new Date(-8.64e15), new Date(8.64e15)],
        [new Date(0), new Date(0)],
        [{ valueOf: () => Infinity }, new Date()],
      ])
        call(() => t.zoomTo!(a, b, { animate: false }));
      call(() => t.zoomTo!(new Date(0), new Date(1e12), null));
      for (const id of ['nope', '', '__proto__', 'constructor', null, undefined, 42, {}, ['a']])
        call(() => t.select!(id));
      call(() => el.fit());
      await el.updateComplete;
      await frames();
      const range = el.visibleRange;
      expect(Number.isFinite(+range.start) && Number.isFinite(+range.end)).to.equal(true);
      expect(+range.end).to.be.above(+range.start);
      el.fit();
      await el.updateComplete;
      await frames();
      expect(drawnIds(el).sort()).to.deep.equal(['a', 'b']);
      expect(el.selected === null || el.selected === 'a' || el.selected === 'b').to.equal(true);
      expect(page.stop()).to.deep.equal([]);
    });

    it('lets nothing escape from garbage in the other properties and attributes', async () => {
      const page = watchPageErrors();
      const el = await timelineWith(datasetWith([{ id: 'a' }, { id: 'b', date: '2024-01-01' }]), { lang });
      await drawn(el);
      const props = el as unknown as Record<string, unknown>;
      for (const [key, value] of [
        ['hiddenTracks', 42],
        ['hiddenTracks', null],
        ['filter', 42],
        ['filter', null],
        ['start', 'yesterday'],
        ['end', '9999-99-99'],
        ['selected', 'ghost'],
        ['fetchTimeout', NaN],
        ['lang', 'xx'],
      ] as const) {
        expect(() => (props[key] = value)).to.not.throw();
        await el.updateComplete;
      }
      for (const [name, value] of [
        ['start', '2023-02-30'],
        ['end', 'x'.repeat(100_000)],
        ['hidden-tracks', '   '],
        ['fetch-timeout', 'soon'],
      ])
        el.setAttribute(name, value);
      await el.updateComplete;
      await frames();
      expect(page.stop()).to.deep.equal([]);
    });
  });
}
