import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Dataset, TarikhTimeline } from '../../src/index.js';

type Lang = 'ar' | 'en';
let story: Dataset;

before(async () => {
  story = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
});

async function render(lang: Lang, width = 1100) {
  const el = await fixture<TarikhTimeline>(
    html`<tarikh-timeline lang=${lang} style="width: ${width}px; height: 520px" .data=${story}></tarikh-timeline>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="event"]'), 'events drawn');
  await el.updateComplete;
  return el;
}

const node = (el: TarikhTimeline, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`);
const panel = (el: TarikhTimeline) => el.shadowRoot!.querySelector<HTMLElement>('tarikh-details');
const quotes = (el: TarikhTimeline) =>
  [...panel(el)!.shadowRoot!.querySelectorAll('.excerpts [part~="excerpt"] blockquote')].map((q) => q.textContent);

/** The deepest focused element, through shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

for (const lang of ['en', 'ar'] as const) {
  describe(`timeline details (${lang})`, () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('opens the details of a clicked event with every excerpt, quoted exactly', async () => {
      const el = await render(lang);
      const seen: (string | null)[] = [];
      el.addEventListener('tarikh-select', (e) => seen.push((e as CustomEvent).detail.id));
      el.zoomTo(new Date('2024-06-19T00:00Z'), new Date('2024-06-20T00:00Z'), { animate: false });
      await el.updateComplete;
      node(el, 'treaty-signed')!.click();
      await el.updateComplete;
      await waitUntil(() => panel(el)?.shadowRoot?.querySelector('[part~="excerpt"]'), 'panel drawn');
      const event = story.events.find((e) => e.id === 'treaty-signed')!;
      expect(seen).to.deep.equal(['treaty-signed']);
      expect(quotes(el)).to.deep.equal(event.excerpts.map((x) => x.quote));
      expect(panel(el)!.shadowRoot!.textContent).to.include(event.title[lang]);
    });

    it('selects with Enter on a focused node, moves into the panel, and Escape returns to the node', async () => {
      const el = await render(lang);
      el.zoomTo(new Date('2024-06-19T00:00Z'), new Date('2024-06-20T00:00Z'), { animate: false });
      await el.updateComplete;
      const target = node(el, 'treaty-signed')!;
      target.focus();
      const selected = oneEvent(el, 'tarikh-select');
      await sendKeys({ press: 'Enter' });
      expect(((await selected) as CustomEvent).detail.id).to.equal('treaty-signed');
      await waitUntil(() => panel(el)?.shadowRoot?.contains(deepActive()), 'focus in panel');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await waitUntil(() => deepActive() === node(el, 'treaty-signed'), 'focus back on the node');
      expect(el.selected).to.equal(null);
      expect(panel(el)).to.equal(null);
    });

    it('opens the panel from the API and from the selected attribute, firing tarikh-select once each', async () => {
      const el = await render(lang);
      const seen: (string | null)[] = [];
      el.addEventListener('tarikh-select', (e) => seen.push((e as CustomEvent).detail.id));
      el.select('vostochny-summit');
      await el.updateComplete;
      expect(panel(el)).to.not.equal(null);
      el.setAttribute('selected', 'treaty-signed');
      await el.updateComplete;
      await el.updateComplete;
      expect((panel(el) as unknown as { event: { id: string } }).event.id).to.equal('treaty-signed');
      expect(seen).to.deep.equal(['vostochny-summit']);
      expect(node(el, 'treaty-signed')!.getAttribute('part')).to.equal('event event-selected');
    });

    it('keeps the selection and the panel across a language switch', async () => {
      const el = await render(lang);
      el.select('treaty-signed');
      await el.updateComplete;
      const other = lang === 'en' ? 'ar' : 'en';
      el.lang = other;
      await el.updateComplete;
      await el.updateComplete;
      expect(el.selected).to.equal('treaty-signed');
      const event = story.events.find((e) => e.id === 'treaty-signed')!;
      await waitUntil(
        () => panel(el)?.shadowRoot?.textContent?.includes(event.title[other]),
        'panel in the other language',
      );
      expect(node(el, 'treaty-signed')).to.not.equal(null);
    });

    it('selects the event of another excerpt activated in the source reader', async () => {
      const el = await render(lang);
      el.select('treaty-signed');
      await el.updateComplete;
      const details = panel(el)!;
      await waitUntil(() => details.shadowRoot?.querySelector('button.read'), 'read buttons');
      details.shadowRoot!.querySelector<HTMLButtonElement>('.excerpts button.read')!.click();
      await waitUntil(
        () => details.shadowRoot!.querySelector('tarikh-source-view')?.shadowRoot?.querySelector('[part~="mark"]'),
        'reader',
      );
      const reader = details.shadowRoot!.querySelector('tarikh-source-view')!;
      const other = [...reader.shadowRoot!.querySelectorAll<HTMLElement>('[part~="mark"][data-event]')].find(
        (m) => m.dataset.event !== 'treaty-signed',
      );
      expect(other, 'another cited excerpt is marked').to.not.equal(undefined);
      const selected = oneEvent(el, 'tarikh-select');
      other!.click();
      const id = ((await selected) as CustomEvent).detail.id as string;
      expect(id).to.not.equal('treaty-signed');
      expect(el.selected).to.equal(id);
    });

    it('marks events whose sources disagree, in the node and its accessible name', async () => {
      const el = await render(lang);
      const disputed = story.events.find((e) => e.disputes?.length && !e.context)!;
      el.select(disputed.id);
      await el.updateComplete;
      await el.updateComplete;
      const n = node(el, disputed.id)!;
      expect(n.querySelector('.badge')).to.not.equal(null);
      expect(n.getAttribute('aria-label')).to.include(lang === 'en' ? 'sources disagree' : 'المصادر مختلفة');
      const calm = story.events.find((e) => !e.disputes?.length && !e.context)!;
      el.select(calm.id);
      await el.updateComplete;
      await el.updateComplete;
      expect(node(el, calm.id)!.querySelector('.badge')).to.equal(null);
    });

    it('shows a tooltip with the title and date on hover and focus', async () => {
      const el = await render(lang);
      el.zoomTo(new Date('2023-09-10'), new Date('2023-09-16'), { animate: false });
      await el.updateComplete;
      const n = node(el, 'vostochny-summit')!;
      n.dispatchEvent(new PointerEvent('pointerenter'));
      await el.updateComplete;
      const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
      expect(tip.textContent).to.include(story.events.find((e) => e.id === 'vostochny-summit')!.title[lang]);
      expect(tip.textContent).to.include(lang === 'en' ? '13 September 2023' : '13 سبتمبر 2023');
      expect(n.getAttribute('aria-describedby')).to.equal('tip');
      n.dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
    });

    it('keeps a tooltip whole inside the plot, starting at its node’s reading start', async () => {
      const el = await render(lang);
      const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
      const nodes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((n) => ({
        n,
        box: n.getBoundingClientRect(),
      }));
      expect(nodes.length).to.be.above(5);
      for (const { n, box } of nodes) {
        n.dispatchEvent(new PointerEvent('pointerenter'));
        await el.updateComplete;
        const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!.getBoundingClientRect();
        expect(tip.left).to.be.at.least(plot.left - 0.5);
        expect(tip.right).to.be.at.most(plot.right + 0.5);
        // Where there is room, it starts where its node starts (a node cut by the plot's edge: at the edge).
        const room = lang === 'en' ? plot.right - box.left : box.right - plot.left;
        const inside = lang === 'en' ? box.left >= plot.left : box.right <= plot.right;
        if (room >= 260 && inside) {
          if (lang === 'en') expect(tip.left).to.be.closeTo(box.left, 1);
          else expect(tip.right).to.be.closeTo(box.right, 1);
        }
        n.dispatchEvent(new PointerEvent('pointerleave'));
        await el.updateComplete;
      }
    });

    it('lays the panel beside the timeline when wide, on the reading end, and as a bottom sheet when narrow', async () => {
      const wide = await render(lang, 1100);
      wide.select('treaty-signed');
      await wide.updateComplete;
      const box = wide.getBoundingClientRect();
      const p = panel(wide)!.getBoundingClientRect();
      expect(p.height).to.be.closeTo(box.height, 1);
      if (lang === 'en') expect(p.right).to.be.closeTo(box.right, 1);
      else expect(p.left).to.be.closeTo(box.left, 1);

      const narrow = await render(lang, 375);
      narrow.select('treaty-signed');
      await narrow.updateComplete;
      const nb = narrow.getBoundingClientRect();
      const sheet = panel(narrow)!.getBoundingClientRect();
      expect(sheet.width).to.be.closeTo(nb.width, 1);
      expect(sheet.bottom).to.be.closeTo(nb.bottom, 1);
      expect(sheet.height).to.be.below(nb.height * 0.8);
    });
  });
}
