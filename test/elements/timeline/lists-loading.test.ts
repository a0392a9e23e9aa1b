import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { ListViewController } from '../../../src/elements/timeline/list-view-controller.js';
import { listsLoading, loadLists, type Lists } from '../../../src/elements/timeline/lists-loading.js';
import type { TarikhErrorDetail } from '../../../src/events.js';
import { toItems } from '../../../src/model/items.js';
import { ShownItems } from '../../../src/model/shown-items.js';
import type { Lang } from '../../../src/model/types.js';
import { datasetWith, dailyEvents } from '../../helpers/datasets.js';
import { fakeHost } from './fake-host.js';

const data = datasetWith(dailyEvents(30));
const shown = new ShownItems();
shown.setAll(toItems(data.events), '', new Set(), data);
const settle = () => new Promise((resolve) => setTimeout(resolve));

/** A loader of the list's code that fails (as a missing file does) until told to work, counting its calls. */
function flakyLoader() {
  const loader = { calls: 0, works: false, load: (): Promise<Lists> => loadLists() };
  loader.load = () => {
    loader.calls += 1;
    return loader.works ? loadLists() : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
  return loader;
}

/** A list view in a fake host, drawn again on every update it asks for. */
function listView(lang: Lang, load: () => Promise<Lists>) {
  const host = Object.assign(fakeHost(), { language: lang });
  const errors: TarikhErrorDetail[] = [];
  host.addEventListener('tarikh-error', (e) => errors.push(e.detail));
  const lists = listsLoading(host, load);
  const list = new ListViewController(host, () => {}, lists);
  const draw = () => render(list.template(shown, data, lang, null), host.shadowRoot!);
  host.requestUpdate = () => {
    host.updates += 1;
    draw();
  };
  return { host, lists, errors, draw };
}

for (const lang of ['en', 'ar'] as Lang[]) {
  describe(`the list's code, loaded later (${lang})`, () => {
    it('says the list is loading, then lists the events with their styles once the code is there', async () => {
      const { host, draw } = listView(lang, loadLists);
      draw();
      expect(host.shadowRoot!.querySelector('.lists-pending')!.textContent).to.equal(
        lang === 'ar' ? 'جارٍ تحميل قائمة الأحداث…' : 'Loading the list of events…',
      );
      await waitUntil(() => !host.shadowRoot!.querySelector('.lists-pending'), 'the list is drawn', { timeout: 5000 });
      expect(host.shadowRoot!.querySelectorAll('.list-event')).to.have.length(30);
      // The list's styles were added to the host's own.
      const rules = host.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText));
      expect(rules.some((rule) => rule.startsWith('.list-view'))).to.equal(true);
      host.remove();
    });

    it('says so in the reader’s language when the code cannot be loaded, reports it once, and loads on retry', async () => {
      const loader = flakyLoader();
      const { host, lists, errors, draw } = listView(lang, loader.load);
      draw();
      await settle();
      const alert = host.shadowRoot!.querySelector('.lists-pending[role="alert"]')!;
      expect(alert.textContent).to.contain(
        lang === 'ar' ? 'تعذّر تحميل قائمة الأحداث' : 'The list of events could not be loaded',
      );
      expect(errors.map((e) => e.message)).to.deep.equal([
        lang === 'ar' ? 'تعذّر تحميل قائمة الأحداث' : 'The list of events could not be loaded',
      ]);
      expect(errors[0]!.errors).to.deep.equal(['Failed to fetch dynamically imported module']);
      // Drawing the failed list again asks for nothing more.
      draw();
      await settle();
      expect(loader.calls).to.equal(1);

      loader.works = true;
      const retry = alert.querySelector('button')!;
      expect(retry.textContent).to.equal(lang === 'ar' ? 'أعد المحاولة' : 'Try again');
      retry.click();
      await lists.pending;
      expect(loader.calls).to.equal(2);
      expect(lists.failed).to.equal(false);
      expect(host.shadowRoot!.querySelectorAll('.list-event')).to.have.length(30);
      expect(errors).to.have.length(1);
      host.remove();
    });

    it('loads the code in idle time once on a page, without reporting a failure no one asked about', async () => {
      const loader = flakyLoader();
      const { host, errors } = listView(lang, loader.load);
      host.remove();
      document.body.append(host);
      await new Promise((resolve) => requestIdleCallback(resolve));
      await settle();
      expect(loader.calls).to.equal(1);
      expect(errors).to.have.length(0);
      host.remove();
    });
  });
}
