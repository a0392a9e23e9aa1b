import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Dataset, TarikhTimeline } from '../../src/index.js';
import { errorPanel, frames, shadow, watchPageErrors } from './helpers.js';

type Lang = 'ar' | 'en';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const T = {
  en: {
    read: 'the value could not be read: reading it threw an error',
    unsourced: 'Unsourced',
    noExcerpt: 'the event cites no excerpt; every event of the story needs at least one',
    garbage: '"garbage" is not an ISO 8601 date; showing all events instead',
    also: '"also" is not an ISO 8601 date; showing all events instead',
    rejected: '1 event could not be shown',
  },
  ar: {
    read: 'تعذّرت قراءة القيمة: أطلقت قراءتها خطأً',
    unsourced: 'بلا مصدر',
    noExcerpt: 'الحدث بلا اقتباس؛ يحتاج كل حدث في القصة إلى اقتباس واحد على الأقل',
    garbage: '"garbage" ليس تاريخًا بصيغة ISO 8601؛ ستُعرض كل الأحداث',
    also: '"also" ليس تاريخًا بصيغة ISO 8601؛ ستُعرض كل الأحداث',
    rejected: 'تعذّر عرض حدث واحد',
  },
};

let story: Json;
before(async () => {
  story = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Json;
});
const copy = (): Json => structuredClone(story);
const throws = () => {
  throw new Error('unreadable');
};

/** Sets `data` on a fresh timeline and gives what it reported and what it kept. */
async function show(lang: Lang, data: unknown) {
  const page = watchPageErrors();
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline lang=${lang} style="width: 900px; height: 400px"></tarikh-timeline>`,
  );
  const reported = oneEvent(el, 'tarikh-error');
  el.data = data as Dataset;
  const { detail } = (await reported) as CustomEvent<{ message: string; errors: string[] }>;
  await el.updateComplete;
  await frames();
  expect(page.stop()).to.deep.equal([]);
  const listed = [...(errorPanel(el)?.querySelectorAll('li') ?? [])].map((li) => li.textContent!.trim());
  return { el, detail, listed, kept: el.loadedData?.events.map((e) => e.id) ?? [] };
}

for (const lang of ['en', 'ar'] as const) {
  describe(`reported data (${lang})`, () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('reports an event whose title getter throws at its path, and draws all the others', async () => {
      const d = copy();
      const id = d.events[20].id as string;
      Object.defineProperty(d.events[20], 'title', { get: throws, enumerable: true });
      const { detail, listed, kept } = await show(lang, d);
      expect(detail.message).to.equal(T[lang].rejected);
      // The bundled story's order names the event left out: that is reported too, as a warning.
      const ordered = detail.errors.filter((e) => e.startsWith('$.story.order['));
      expect(ordered).to.have.length(1);
      expect(detail.errors.filter((e) => !ordered.includes(e))).to.deep.equal([`$.events[20].title: ${T[lang].read}`]);
      expect(listed).to.deep.equal(detail.errors);
      expect(kept).to.have.length(d.events.length - 1);
      expect(kept).to.not.include(id);
    });

    it('reports an event that is a throwing Proxy at its path, and draws all the others', async () => {
      const d = copy();
      d.events[20] = new Proxy({}, { get: throws, has: throws, ownKeys: throws });
      const { detail, kept } = await show(lang, d);
      const errors = detail.errors.filter((e) => !e.startsWith('$.story.order['));
      expect(detail.errors.length - errors.length, "the story order's entry for it").to.equal(1);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^\$\.events\[20\]/);
      expect(errors[0]).to.include(T[lang].read);
      expect(kept).to.have.length(d.events.length - 1);
    });

    it('reports a story event with no excerpts, keeps it, and says in its details that it is unsourced', async () => {
      const d = copy();
      const id = d.events[20].id as string;
      d.events[20].excerpts = [];
      const { el, detail, listed, kept } = await show(lang, d);
      expect(detail.errors).to.deep.equal([`$.events[20].excerpts: ${T[lang].noExcerpt}`]);
      expect(listed).to.deep.equal(detail.errors);
      expect(kept).to.have.length(d.events.length);
      el.select(id);
      await el.updateComplete;
      const note = () =>
        shadow(el).querySelector('tarikh-details')?.shadowRoot?.querySelector<HTMLElement>('.unsourced');
      await waitUntil(() => note(), 'the unsourced note');
      expect(note()!.getAttribute('role')).to.equal('note');
      expect(note()!.textContent).to.include(T[lang].unsourced);
      expect(note()!.getBoundingClientRect().height).to.be.above(0);
      // A sourced event says nothing of the kind.
      el.select(d.events[21].id as string);
      await el.updateComplete;
      await waitUntil(() => !note(), 'no note on a sourced event');
    });

    it('reports a view whose dates are garbage at $.view.start and $.view.end, and shows every event', async () => {
      const d = copy();
      d.view = { start: 'garbage', end: 'also' };
      const { el, detail, listed, kept } = await show(lang, d);
      expect(detail.errors).to.deep.equal([`$.view.start: ${T[lang].garbage}`, `$.view.end: ${T[lang].also}`]);
      expect(listed).to.deep.equal(detail.errors);
      expect(kept).to.have.length(d.events.length);
      const all = el.loadedData!.events.map((e) => Date.parse(e.date));
      expect(+el.visibleRange.start).to.be.at.most(Math.min(...all));
      expect(+el.visibleRange.end).to.be.at.least(Math.max(...all));
    });
  });
}
