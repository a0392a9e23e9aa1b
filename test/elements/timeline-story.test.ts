import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Dataset, TarikhTimeline } from '../../src/index.js';
import { datasetWith } from '../helpers/datasets.js';
import { plot } from '../helpers/plot.js';

type Lang = 'ar' | 'en';

/** Six events a month apart on two tracks, titled by their place in time. */
const months = datasetWith(
  Array.from({ length: 6 }, (_, i) => ({
    id: `m${i}`,
    date: new Date(Date.UTC(2023, 8 + i, 10)).toISOString().slice(0, 10),
    title: { ar: `الشهر ${i}`, en: `Month ${i}` },
    track: i % 2 ? 'arms' : 'talks',
  })),
  {
    tracks: [
      { id: 'talks', label: { ar: 'محادثات', en: 'Talks' } },
      { id: 'arms', label: { ar: 'تسلّح', en: 'Arms' } },
    ],
  },
);
/** The same events told in an editor's order: a background event first, one left out. */
const edited: Dataset = { ...months, story: { order: ['m3', 'm0', 'm1', 'm5', 'm2'] } };

async function render(lang: Lang, data: Dataset = months, width = 1000) {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline lang=${lang} style="width: ${width}px; height: 420px" .data=${data}></tarikh-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
  await el.updateComplete;
  return el;
}

const details = (el: TarikhTimeline) => el.shadowRoot!.querySelector('tarikh-details')!;
const nav = (el: TarikhTimeline) => details(el)?.shadowRoot?.querySelector<HTMLElement>('[part="story-nav"]') ?? null;
const step = (el: TarikhTimeline, direction: 'previous' | 'next') =>
  nav(el)?.querySelector<HTMLButtonElement>(`.story-step.${direction}`) ?? null;
const position = (el: TarikhTimeline) => nav(el)!.querySelector('.story-position')!.textContent!.trim();
const live = (el: TarikhTimeline) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const title = (id: string, lang: Lang) => months.events.find((e) => e.id === id)!.title[lang];

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Settles the frames a selection, its zoom and the panel's update take. */
async function frames(el: TarikhTimeline, n = 4) {
  for (let i = 0; i < n; i += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    await details(el)?.updateComplete;
  }
}

/** Whether the event's node is drawn inside the plot, on its own. */
function inView(el: TarikhTimeline, id: string): boolean {
  const node = el.shadowRoot!.querySelector<HTMLElement>(`.event[data-id="${id}"]`);
  if (!node) return false;
  const box = node.querySelector('.dot')!.getBoundingClientRect();
  const area = plot(el).getBoundingClientRect();
  return box.left >= area.left - 1 && box.right <= area.right + 1;
}

/** A one-finger swipe across the details panel, `dx` sideways and `dy` down, in client pixels. */
function swipe(el: TarikhTimeline, dx: number, dy = 0) {
  const target = details(el).shadowRoot!.querySelector<HTMLElement>('.summary, h2')!;
  const box = target.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + 4;
  const at = (cx: number, cy: number) => new Touch({ identifier: 1, target, clientX: cx, clientY: cy });
  const fire = (type: string, touches: Touch[], changed: Touch) =>
    target.dispatchEvent(
      new TouchEvent(type, { touches, changedTouches: [changed], bubbles: true, composed: true, cancelable: true }),
    );
  fire('touchstart', [at(x, y)], at(x, y));
  fire('touchmove', [at(x + dx / 2, y + dy / 2)], at(x + dx / 2, y + dy / 2));
  fire('touchend', [], at(x + dx, y + dy));
}

for (const lang of ['en', 'ar'] as const) {
  const nextKey = lang === 'en' ? ']' : '[';
  const previousKey = lang === 'en' ? '[' : ']';

  describe(`reading the story (${lang})`, () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('steps to the next event with the pointer, brings it into view, and keeps focus on "Next"', async () => {
      const el = await render(lang);
      el.select('m0');
      el.zoomTo(new Date('2023-09-05'), new Date('2023-09-20'), { animate: false });
      await frames(el);
      // The first selection in this file loads the panel's code (and the story's), which can take longer than
      // the frames above on a dev server that has not served it yet.
      await waitUntil(() => nav(el), 'the panel shows the story steps', { timeout: 5000 });
      expect(inView(el, 'm1')).to.equal(false);
      expect(position(el)).to.equal(lang === 'en' ? '1 of 6' : '1 من 6');
      expect(step(el, 'previous') === null, 'no Previous at the start').to.equal(true);
      const next = step(el, 'next')!;
      // Named by what it shows (axe: label in name): "Next: <title>".
      expect(next.textContent!.replace(/[→←]/g, '').replace(/\s+/g, ' ').trim()).to.equal(
        lang === 'en' ? `Next : ${title('m1', lang)}` : `التالي : ${title('m1', lang)}`,
      );
      next.focus();
      const selected = oneEvent(el, 'tarikh-select');
      next.click();
      expect(((await selected) as CustomEvent).detail.id).to.equal('m1');
      await frames(el);
      expect(el.selected).to.equal('m1');
      expect(inView(el, 'm1'), 'the new event is brought into view').to.equal(true);
      expect(details(el).shadowRoot!.querySelector('h2')!.textContent).to.include(title('m1', lang));
      expect(position(el)).to.equal(lang === 'en' ? '2 of 6' : '2 من 6');
      expect(deepActive() === step(el, 'next'), 'focus stays on Next').to.equal(true);
      expect(step(el, 'next')!.textContent).to.include(title('m2', lang));
      expect(live(el)).to.equal(
        lang === 'en'
          ? `Event 2 of 6: ${title('m1', lang)}, 10 October 2023, Arms`
          : `الحدث 2 من 6: ${title('m1', lang)}، 10 أكتوبر 2023، تسلّح`,
      );
      step(el, 'previous')!.click();
      await frames(el);
      expect(el.selected).to.equal('m0');
      expect(
        deepActive() === details(el).shadowRoot!.querySelector('h2'),
        'focus on Previous, which is gone at the start: the heading',
      ).to.equal(true);
    });

    it(`steps with ${nextKey} and ${previousKey} from inside the panel, mirrored in ${lang}`, async () => {
      const el = await render(lang);
      el.select('m2');
      await frames(el);
      details(el).focusHeading();
      await frames(el);
      await sendKeys({ press: nextKey });
      await frames(el);
      expect(el.selected).to.equal('m3');
      expect(details(el).shadowRoot!.contains(deepActive()), 'focus in the panel').to.equal(true);
      await sendKeys({ press: previousKey });
      await frames(el);
      await sendKeys({ press: previousKey });
      await frames(el);
      expect(el.selected).to.equal('m1');
      expect(inView(el, 'm1')).to.equal(true);
      expect(details(el).shadowRoot!.contains(deepActive())).to.equal(true);
      // On the control itself, focus stays there.
      step(el, 'next')!.focus();
      await sendKeys({ press: nextKey });
      await frames(el);
      expect(el.selected).to.equal('m2');
      expect(deepActive() === step(el, 'next'), 'focus stays on Next').to.equal(true);
    });

    it('leaves the arrows, and the brackets with Ctrl, to the panel and the browser', async () => {
      // (Not Alt with an arrow: it is the browser's Back, which would take the test page away.)
      const el = await render(lang);
      el.select('m2');
      await frames(el);
      details(el).focusHeading();
      await frames(el);
      for (const press of ['ArrowLeft', 'ArrowRight']) {
        await sendKeys({ press });
        await frames(el, 2);
      }
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: nextKey });
      await sendKeys({ up: 'Control' });
      await frames(el, 2);
      expect(el.selected).to.equal('m2');
    });

    it('steps with a sideways swipe on the bottom sheet, mirrored, and not with a scroll', async () => {
      const el = await render(lang, months, 375);
      el.select('m2');
      await frames(el);
      const sheet = details(el).getBoundingClientRect();
      expect(sheet.width, 'a bottom sheet').to.be.closeTo(el.getBoundingClientRect().width, 1);
      swipe(el, lang === 'en' ? -120 : 120);
      await frames(el);
      expect(el.selected).to.equal('m3');
      expect(inView(el, 'm3')).to.equal(true);
      swipe(el, lang === 'en' ? 120 : -120);
      await frames(el);
      expect(el.selected).to.equal('m2');
      // Mostly down: the reader is scrolling the sheet. Short: a tap's wobble.
      swipe(el, -90, 120);
      swipe(el, lang === 'en' ? -30 : 30);
      await frames(el);
      expect(el.selected).to.equal('m2');
    });

    it('walks only the events shown: a hidden track and a search are skipped, and the counter says so', async () => {
      const el = await render(lang);
      el.hiddenTracks = ['arms'];
      el.select('m0');
      await frames(el);
      expect(position(el)).to.equal(lang === 'en' ? '1 of 3 shown' : '1 من 3 معروضة');
      expect(step(el, 'next')!.dataset.id).to.equal('m2');
      step(el, 'next')!.click();
      await frames(el);
      expect(el.selected).to.equal('m2');
      expect(live(el)).to.match(lang === 'en' ? /^Event 2 of 3 shown: / : /^الحدث 2 من 3 معروضة: /);
      el.hiddenTracks = [];
      el.filter = lang === 'en' ? 'Month' : 'الشهر';
      await frames(el);
      expect(position(el)).to.equal(lang === 'en' ? '3 of 6' : '3 من 6');
    });

    it("follows the editor's order, and leads an event outside it back into the story", async () => {
      const el = await render(lang, edited);
      const start = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="story-start"]')!;
      expect(start.getAttribute('aria-label')).to.equal(lang === 'en' ? 'Start the story' : 'ابدأ القصة');
      const selected = oneEvent(el, 'tarikh-select');
      start.click();
      expect(((await selected) as CustomEvent).detail.id).to.equal('m3');
      await frames(el);
      await waitUntil(() => details(el).shadowRoot!.contains(deepActive()), 'focus in the panel');
      expect(position(el)).to.equal(lang === 'en' ? '1 of 5' : '1 من 5');
      expect(live(el)).to.match(lang === 'en' ? /^Event 1 of 5: Month 3/ : /^الحدث 1 من 5: الشهر 3/);
      const walked = ['m3'];
      for (let i = 0; i < 4; i += 1) {
        step(el, 'next')!.click();
        await frames(el);
        walked.push(el.selected!);
        expect(inView(el, el.selected!)).to.equal(true);
      }
      expect(walked).to.deep.equal(['m3', 'm0', 'm1', 'm5', 'm2']);
      expect(step(el, 'next') === null, 'no Next at the end of the story').to.equal(true);
      // m4 is not in the story: its neighbours are the story's events around it in time.
      el.select('m4');
      await frames(el);
      expect(position(el)).to.equal(lang === 'en' ? 'Not part of the story' : 'ليس من أحداث القصة');
      expect(step(el, 'previous')!.dataset.id).to.equal('m3');
      expect(step(el, 'next')!.dataset.id).to.equal('m5');
    });

    it('does not render the panel again on zoom frames: its story step stays the same object', async () => {
      const el = await render(lang);
      el.select('m2');
      await frames(el);
      const story = details(el).story;
      el.zoomBy(2, { animate: false });
      el.zoomBy(0.5, { animate: false });
      await frames(el);
      expect(details(el).story === story, 'the same step').to.equal(true);
      el.hiddenTracks = ['arms'];
      await frames(el);
      expect(details(el).story === story, 'a new step once the events shown change').to.equal(false);
    });

    it('starts the story from the fitted view at its first event in time, without an editor’s order', async () => {
      const el = await render(lang);
      el.fit({ animate: false });
      await frames(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="story-start"]')!.click();
      await frames(el);
      expect(el.selected).to.equal('m0');
      expect(position(el)).to.equal(lang === 'en' ? '1 of 6' : '1 من 6');
    });
  });
}

describe('reading the story, animated', () => {
  before(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('animates the window to the next event unless the reader prefers reduced motion', async () => {
    const el = await render('en');
    el.select('m0');
    el.zoomTo(new Date('2023-09-05'), new Date('2023-09-20'), { animate: false });
    await frames(el);
    let settled = false;
    el.addEventListener('tarikh-range-change', () => (settled = true), { once: true });
    step(el, 'next')!.click();
    // The windows drawn on the way: several in a transition, one for a jump.
    const windows = new Set<number>();
    for (let frame = 0; !settled && frame < 600; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      windows.add(+el.visibleRange.start);
    }
    await frames(el);
    expect(settled).to.equal(true);
    expect(windows.size).to.be.above(2);
    expect(inView(el, 'm1')).to.equal(true);
  });
});
