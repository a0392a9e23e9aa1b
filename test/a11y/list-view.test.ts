import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TarikhTimeline } from '../../src/index.js';
import { dailyEvents, datasetWith } from '../helpers/datasets.js';
import { $, $$, active, frames, render, resetMedia, story, text, type Lang } from './helpers.js';

const toggle = (el: TarikhTimeline) => $(el, '.controls .list-toggle')!;
const listButtons = (el: TarikhTimeline) => $$(el, '.list-event');
const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';

async function openList(el: TarikhTimeline) {
  toggle(el).click();
  await frames(el);
}

for (const lang of ['en', 'ar'] as Lang[]) {
  describe(`list view (${lang})`, () => {
    beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
    afterEach(resetMedia);

    it('is switched on and off by one labelled toggle in the controls', async () => {
      const el = await render(lang);
      const button = toggle(el);
      expect(button.getAttribute('aria-label')).to.equal(lang === 'en' ? 'List view' : 'عرض القائمة');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(shown($(el, '.list-view'))).to.equal(false);
      await openList(el);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(el.listView).to.equal(true);
      expect(shown($(el, '.list-view'))).to.equal(true);
      expect(getComputedStyle($(el, '.plot')!).visibility).to.equal('hidden');
      await openList(el);
      expect(shown($(el, '.list-view'))).to.equal(false);
    });

    it('keeps the toolbar over the list, so a pointer can switch back', async () => {
      // Narrow enough for the whole toolbar to be inside the test page's viewport.
      const el = await render(lang, story, 'width: 600px; height: 360px');
      await openList(el);
      for (const button of $$(el, '.controls button')) {
        const box = button.getBoundingClientRect();
        const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(hit && button.contains(hit), button.getAttribute('aria-label')!).to.equal(true);
      }
    });

    it('lists the events in time order in an ordered list, with localized dates, titles and tracks', async () => {
      const el = await render(lang);
      await openList(el);
      expect($(el, '.list-view ol.event-list') !== null).to.equal(true);
      const items = listButtons(el).map(text);
      expect(items).to.have.length(3);
      if (lang === 'en') {
        expect(items[0]).to.equal('13 September 2023 First Talks sources disagree');
        expect(items[1]).to.equal('1 December 2023 Second War');
        expect(items[2]).to.equal('19 June 2024 Third');
      } else {
        expect(items[0]).to.equal('13 سبتمبر 2023 الحدث الأول محادثات المصادر مختلفة');
        expect(items[2]).to.equal('19 يونيو 2024 الحدث الثالث');
      }
    });

    it('selects on the timeline what is chosen in the list', async () => {
      const el = await render(lang);
      await openList(el);
      listButtons(el)[1]!.click();
      await frames(el);
      expect(el.selected).to.equal('b');
      expect($(el, '.event[data-id="b"]')!.getAttribute('aria-pressed')).to.equal('true');
      expect(listButtons(el)[1]!.getAttribute('aria-current')).to.equal('true');
      expect(listButtons(el).filter((b) => b.getAttribute('aria-current') === 'true')).to.have.length(1);
    });

    it('marks and scrolls to what is selected on the timeline', async () => {
      const el = await render(lang, datasetWith(dailyEvents(60)));
      await openList(el);
      el.select('e55');
      await frames(el);
      const current = $$(el, '.list-event[aria-current="true"]');
      expect(current.map((b) => b.dataset.id)).to.deep.equal(['e55']);
      const view = $(el, '.list-view')!.getBoundingClientRect();
      const item = current[0]!.getBoundingClientRect();
      expect(item.top).to.be.at.least(view.top - 1);
      expect(item.bottom).to.be.at.most(view.bottom + 1);
    });

    it('shows a long list two hundred events at a time, the next ones on demand', async () => {
      const el = await render(lang, datasetWith(dailyEvents(450)));
      await openList(el);
      expect(listButtons(el)).to.have.length(200);
      expect($(el, 'ol.event-list')!.getAttribute('start')).to.equal('1');
      const buttons = $$(el, '[part="list-more"]');
      expect(buttons.map(text)).to.deep.equal([
        lang === 'en' ? 'Show 200 more events (250 not shown)' : 'عرض المزيد من الأحداث (200 من 250 متبقية)',
      ]);
      buttons[0]!.click();
      await frames(el);
      expect(listButtons(el)).to.have.length(400);
      // Focus goes on to the first event it added.
      expect(active(el)?.dataset.id).to.equal('e200');
      $(el, '[part="list-more"]')!.click();
      await frames(el);
      expect(listButtons(el).map((b) => b.dataset.id)).to.deep.equal(Array.from({ length: 450 }, (_, i) => `e${i}`));
      expect($(el, '[part="list-more"]') === null).to.equal(true);
      expect($(el, '.list-more-note') === null).to.equal(true);
    });

    it('opens on the page of a selected event far down a long list, and shows earlier ones on demand', async () => {
      const el = await render(lang, datasetWith(dailyEvents(450)));
      el.select('e420');
      await frames(el);
      await openList(el);
      const ids = listButtons(el).map((b) => b.dataset.id);
      expect(ids[0]).to.equal('e400');
      expect(ids).to.have.length(50);
      expect($(el, 'ol.event-list')!.getAttribute('start')).to.equal('401');
      const current = $(el, '.list-event[aria-current="true"]')!;
      expect(current.dataset.id).to.equal('e420');
      const view = $(el, '.list-view')!.getBoundingClientRect();
      expect(current.getBoundingClientRect().top).to.be.at.least(view.top - 1);
      expect(current.getBoundingClientRect().bottom).to.be.at.most(view.bottom + 1);
      const earlier = $(el, '[part="list-more"]')!;
      expect(text(earlier)).to.equal(
        lang === 'en' ? 'Show 200 earlier events (400 not shown)' : 'عرض أحداث سابقة (200 من 400 متبقية)',
      );
      earlier.click();
      await frames(el);
      expect(listButtons(el)).to.have.length(250);
      expect(active(el)?.dataset.id).to.equal('e399');
      // Clearing the selection keeps the page the list moved to.
      el.select(null);
      await frames(el);
      expect(listButtons(el)[0]!.dataset.id).to.equal('e200');
    });

    it('lists new search results from their first page', async () => {
      const el = await render(lang, datasetWith(dailyEvents(450)));
      await openList(el);
      el.select('e420');
      await frames(el);
      expect(listButtons(el)[0]!.dataset.id).to.equal('e400');
      // Fewer than a page of results, all before where the list was: shown from the first, all of them.
      el.filter = lang === 'en' ? 'number 1' : 'رقم 1';
      await frames(el);
      const ids = listButtons(el).map((b) => b.dataset.id);
      expect(ids[0]).to.equal('e1');
      expect(ids.length).to.be.within(111, 199);
      expect(ids).to.include.members(['e1', 'e10', 'e19', 'e100', 'e199']);
      expect($(el, '[part="list-more"]') === null).to.equal(true);
    });

    it('says in print how many events of a long list it leaves out', async () => {
      const el = await render(lang, datasetWith(dailyEvents(450)));
      await emulateMedia({ media: 'print' });
      await frames(el);
      const list = $(el, '.list-view')!;
      expect(list.querySelectorAll('.list-item').length).to.equal(200);
      expect(shown($(el, '[part="list-more"]'))).to.equal(false);
      const note = $(el, '.list-more-note')!;
      expect(shown(note)).to.equal(true);
      expect(text(note)).to.equal(
        lang === 'en'
          ? '250 events are not shown: show them in the list view to print them.'
          : 'لم يُعرض 250 من الأحداث: اعرضها في عرض القائمة لطباعتها.',
      );
      await emulateMedia({ media: 'screen' });
      await frames(el);
    });

    it('prints the whole story as the list, with every excerpt and the sources, instead of the plot', async () => {
      const el = await render(lang);
      await emulateMedia({ media: 'print' });
      await frames(el);
      expect(shown($(el, '.list-view'))).to.equal(true);
      for (const hidden of ['.plot', '.overview', '.controls']) expect(shown($(el, hidden)), hidden).to.equal(false);
      const list = $(el, '.list-view')!;
      expect(list.querySelectorAll('.list-item').length).to.equal(story.events.length);
      const quotes = [...list.querySelectorAll('blockquote')].map((q) => q.textContent);
      // One excerpt per event, and the dispute's.
      expect(quotes).to.have.members(['Alpha', 'Alpha', 'Alpha', 'beta']);
      expect(shown(list.querySelector('.list-excerpts'))).to.equal(true);
      // The English source is quoted in English: its translation is the Arabic one, and vice versa.
      expect(text(list.querySelector('.list-translation'))).to.equal(lang === 'en' ? 'ألفا' : 'ألفا');
      expect(text(list.querySelector('.list-sources h3'))).to.equal(lang === 'en' ? 'Sources' : 'المصادر');
      expect(shown(list.querySelector('.list-sources'))).to.equal(true);
      expect(text(list.querySelector('.list-sources li'))).to.include(lang === 'en' ? 'Agency' : 'وكالة');
      expect(el.getBoundingClientRect().height).to.be.above(360);
      await emulateMedia({ media: 'screen' });
      await frames(el);
      expect(shown($(el, '.plot'))).to.equal(true);
      expect(shown($(el, '.list-view'))).to.equal(false);
    });
  });
}
