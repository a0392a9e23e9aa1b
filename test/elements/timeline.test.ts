import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TarikhTimeline } from '../../src/index.js';
import { dailyEvents, datasetWith } from '../helpers/datasets.js';

const spread = datasetWith([
  { id: 'b', date: '2023-12-01', title: { ar: 'الحدث الثاني', en: 'Second' } },
  { id: 'a', date: '2023-09-13', title: { ar: 'الحدث الأول', en: 'First' } },
  { id: 'c', date: '2024-06-19', title: { ar: 'الحدث الثالث', en: 'Third' } },
]);

async function render(lang: 'ar' | 'en', data = spread) {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline lang=${lang} style="width: 900px; height: 360px" .data=${data}></tarikh-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="event"]').length > 0, 'events drawn');
  await el.updateComplete;
  return el;
}

const nodes = (el: TarikhTimeline) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')];
const dotX = (el: TarikhTimeline, id: string) => {
  const dot = el.shadowRoot!.querySelector(`[data-id="${id}"] .dot`)!.getBoundingClientRect();
  return dot.left + dot.width / 2;
};

describe('<tarikh-timeline>', () => {
  it('draws one node per event, labelled with its title', async () => {
    const el = await render('en');
    expect(nodes(el)).to.have.length(3);
    expect(nodes(el).map((n) => n.textContent!.trim())).to.have.members(['First', 'Second', 'Third']);
  });

  it('places events left to right in date order in English', async () => {
    const el = await render('en');
    expect(dotX(el, 'a')).to.be.below(dotX(el, 'b'));
    expect(dotX(el, 'b')).to.be.below(dotX(el, 'c'));
    expect(getComputedStyle(el.shadowRoot!.querySelector('.frame')!).direction).to.equal('ltr');
  });

  it('places events right to left in Arabic, with the earliest at the right', async () => {
    const el = await render('ar');
    expect(dotX(el, 'a')).to.be.above(dotX(el, 'b'));
    expect(dotX(el, 'b')).to.be.above(dotX(el, 'c'));
    expect(getComputedStyle(el.shadowRoot!.querySelector('.frame')!).direction).to.equal('rtl');
    expect(nodes(el).map((n) => n.textContent!.trim())).to.include('الحدث الأول');
  });

  it('mirrors positions exactly between the two languages', async () => {
    const en = await render('en');
    const ar = await render('ar');
    for (const el of [en, ar]) el.zoomTo(new Date('2023-09-01'), new Date('2024-07-01'), { animate: false });
    await en.updateComplete;
    await ar.updateComplete;
    const box = (el: TarikhTimeline) => el.getBoundingClientRect();
    for (const id of ['a', 'b', 'c']) {
      const fromLeft = dotX(en, id) - box(en).left;
      const fromRight = box(ar).right - dotX(ar, id);
      expect(Math.abs(fromLeft - fromRight), id).to.be.below(1);
    }
  });

  it('labels the axis in Arabic script under lang="ar"', async () => {
    const el = await render('ar');
    const axis = el.shadowRoot!.querySelector('[part="axis"]')!.textContent!;
    expect(axis).to.match(/[\u0600-\u06FF]/);
    expect(axis).to.not.match(/September|October|January/);
  });

  it('labels the axis in English under lang="en"', async () => {
    const el = await render('en');
    const axis = el.shadowRoot!.querySelector('[part="axis"]')!.textContent!;
    expect(axis).to.match(/2023|2024/);
    expect(axis).to.not.match(/[\u0600-\u06FF]/);
  });

  it('re-renders in the other language when lang changes at run time', async () => {
    const el = await render('en');
    const before = dotX(el, 'a');
    el.lang = 'ar';
    await el.updateComplete;
    await waitUntil(() => dotX(el, 'a') > dotX(el, 'c'), 'mirrored');
    expect(dotX(el, 'a')).to.not.equal(before);
    expect(el.shadowRoot!.querySelector('[part="axis"]')!.textContent).to.match(/[\u0600-\u06FF]/);
  });

  it('selects an event on click, reflecting `selected` and firing tarikh-select once', async () => {
    const el = await render('en');
    const seen: (string | null)[] = [];
    el.addEventListener('tarikh-select', (e) => seen.push((e as CustomEvent<{ id: string | null }>).detail.id));
    el.shadowRoot!.querySelector<HTMLElement>('[data-id="b"]')!.click();
    await el.updateComplete;
    expect(seen).to.deep.equal(['b']);
    expect(el.selected).to.equal('b');
    expect(el.getAttribute('selected')).to.equal('b');
    expect(el.shadowRoot!.querySelector('[data-id="b"]')!.getAttribute('part')).to.equal('event event-selected');
  });

  it('fetches `src` and draws the bundled story', async () => {
    const el = await fixture<TarikhTimeline>(
      html`<tarikh-timeline
        style="width: 900px; height: 360px"
        src="/data/vostochny-pyongyang.json"
      ></tarikh-timeline>`,
    );
    await waitUntil(() => nodes(el).length > 0, 'story drawn', { timeout: 5000 });
    const titles = nodes(el).map((n) => n.textContent!);
    // At 360 px the two undated spans between the summits (the invitation, the arms accusation) take
    // two lanes, and the Vostochny events of 13 September 2023 are one cluster; Pyongyang is labelled.
    expect(titles.join(' ')).to.match(/Pyongyang/);
  });

  it('shows an error and fires tarikh-error when `src` cannot be fetched', async () => {
    const el = document.createElement('tarikh-timeline');
    el.style.cssText = 'width: 600px; height: 300px';
    const fired = oneEvent(el, 'tarikh-error');
    el.src = '/no-such-dataset.json';
    document.body.append(el);
    const event = (await fired) as CustomEvent<{ message: string; errors: string[] }>;
    await el.updateComplete;
    expect(event.detail.message).to.match(/could not be loaded.*404/);
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.match(/404/);
    el.remove();
  });

  it('shows a localized error and fires tarikh-error for a dataset that is not one', async () => {
    const el = document.createElement('tarikh-timeline');
    el.lang = 'ar';
    const fired = oneEvent(el, 'tarikh-error');
    el.data = { nonsense: true } as never;
    document.body.append(el);
    const event = (await fired) as CustomEvent<{ message: string; errors: string[] }>;
    await el.updateComplete;
    expect(event.detail.errors[0]).to.match(/\$\.events/);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.match(/تعذّر استخدام بيانات/);
    el.remove();
  });

  it('draws data given to a sized, empty element once: the plot keeps its size and the window settles once', async () => {
    const el = await fixture<TarikhTimeline>(
      html`<tarikh-timeline lang="en" style="width: 900px; height: 360px"></tarikh-timeline>`,
    );
    await el.updateComplete;
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const heightBefore = plot.getBoundingClientRect().height;
    let settled = 0;
    el.addEventListener('tarikh-range-change', () => (settled += 1));
    el.data = datasetWith(dailyEvents(30));
    await waitUntil(() => nodes(el).length > 0, 'events drawn');
    for (let i = 0; i < 4; i += 1) await new Promise(requestAnimationFrame);
    await el.updateComplete;
    expect(plot.getBoundingClientRect().height).to.equal(heightBefore);
    expect(settled).to.equal(1);
  });

  it('draws every event of a larger set, labelled or inside a cluster', async () => {
    const data = datasetWith(dailyEvents(120));
    const el = await render('en', data);
    const clusters = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="cluster"]')];
    const inClusters = clusters.reduce((n, c) => n + Number(c.dataset.count), 0);
    expect(nodes(el).length + inClusters).to.equal(120);
  });
});

describe('<tarikh-timeline> filters', () => {
  const tracked = datasetWith(
    [
      { id: 'p', date: '2023-09-13', track: 'diplomacy', title: { ar: 'قمة بوتين وكيم', en: 'Putin meets Kim' } },
      { id: 'q', date: '2023-12-01', track: 'military', title: { ar: 'مناورات مشتركة', en: 'Joint exercises' } },
      { id: 'r', date: '2024-06-19', track: 'diplomacy', title: { ar: 'توقيع المعاهدة', en: 'Treaty signed' } },
    ],
    {
      tracks: [
        { id: 'diplomacy', label: { ar: 'دبلوماسية', en: 'Diplomacy' } },
        { id: 'military', label: { ar: 'عسكري', en: 'Military' } },
      ],
    },
  );
  const ids = (el: TarikhTimeline) =>
    nodes(el)
      .map((n) => n.dataset.id)
      .sort();

  it('hides the events of hidden tracks and shows them again', async () => {
    const el = await render('en', tracked);
    el.setAttribute('hidden-tracks', 'diplomacy');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['q']);
    expect(el.hiddenTracks).to.deep.equal(['diplomacy']);
    el.hiddenTracks = [];
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['p', 'q', 'r']);
  });

  it('narrows to events matching a text query in either language, ignoring hamza and case', async () => {
    const el = await render('ar', tracked);
    const before = el.visibleRange;
    el.filter = 'putin';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['p']);
    el.filter = 'المعاهده';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['r']);
    el.filter = '';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['p', 'q', 'r']);
    // Filtering never moves the window.
    expect(+el.visibleRange.start).to.equal(+before.start);
  });
});

describe('<tarikh-timeline> window across changes', () => {
  for (const [from, to] of [
    ['en', 'ar'],
    ['ar', 'en'],
  ] as const) {
    it(`keeps the visible window when the language switches from ${from} to ${to}`, async () => {
      const el = await render(from, datasetWith(dailyEvents(60)));
      el.zoomTo(new Date('2023-09-10T00:00Z'), new Date('2023-09-20T00:00Z'), { animate: false });
      await el.updateComplete;
      el.lang = to;
      await el.updateComplete;
      await el.updateComplete;
      expect(el.visibleRange.start.toISOString()).to.equal('2023-09-10T00:00:00.000Z');
      expect(el.visibleRange.end.toISOString()).to.equal('2023-09-20T00:00:00.000Z');
    });
  }

  it('takes a date-time end attribute as that instant, and a date end as the end of that day', async () => {
    const el = await render('en', datasetWith(dailyEvents(60)));
    el.setAttribute('start', '2023-09-10T00:00:00.000Z');
    el.setAttribute('end', '2023-09-25T00:00:00.000Z');
    await el.updateComplete;
    expect(el.visibleRange.end.toISOString()).to.equal('2023-09-25T00:00:00.000Z');
    el.setAttribute('end', '2023-09-26');
    await el.updateComplete;
    expect(el.visibleRange.end.toISOString()).to.equal('2023-09-27T00:00:00.000Z');
  });

  it('fires tarikh-load with the dataset as drawn, and exposes it', async () => {
    const el = document.createElement('tarikh-timeline');
    const loaded = oneEvent(el, 'tarikh-load');
    el.src = '/data/vostochny-pyongyang.json';
    document.body.append(el);
    const event = (await loaded) as CustomEvent<{ dataset: { events: unknown[] } }>;
    expect(event.detail.dataset.events.length).to.be.above(30);
    expect(el.loadedData?.events.length).to.equal(event.detail.dataset.events.length);
    el.remove();
  });
});
