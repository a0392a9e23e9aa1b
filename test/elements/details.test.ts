import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/details/define.js';
import type { TarikhDetails } from '../../src/elements/details/define.js';
import type { TarikhSourceView } from '../../src/elements/source-view/define.js';
import type { Dataset, Excerpt, TimelineEvent } from '../../src/model/types.js';
import {
  arabicSource,
  arrival,
  arrivalSentence,
  durationEvent,
  englishSource,
  excerptDataset,
  landed,
  markupEvent,
  oneDay,
  twoDays,
} from '../helpers/excerpt-fixtures.js';

const LANGS = ['en', 'ar'] as const;

async function panel(
  lang: 'ar' | 'en',
  event: TimelineEvent | null = arrival,
  options: { data?: Dataset; unverified?: ReadonlySet<Excerpt>; width?: number } = {},
) {
  const el = await fixture<TarikhDetails>(
    html`<tarikh-details
      lang=${lang}
      style="height: 420px; width: ${options.width ?? 420}px"
      .event=${event}
      .data=${options.data ?? excerptDataset()}
      .unverified=${options.unverified ?? new Set()}
    ></tarikh-details>`,
  );
  await el.updateComplete;
  return el;
}

const $ = (el: TarikhDetails, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: TarikhDetails, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const mainCards = (el: TarikhDetails) => $$(el, '.excerpts [part~="excerpt"]');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const isShown = (node: HTMLElement) =>
  node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
const button = (el: TarikhDetails, label: string) =>
  $$(el, 'button').find((b) => text(b) === label || b.getAttribute('aria-label') === label)!;
const reader = (el: TarikhDetails) => $(el, 'tarikh-source-view') as TarikhSourceView | null;
const press = (target: HTMLElement, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

const T = {
  en: { close: 'Close', read: 'Read in context', back: 'Back to the event', unverified: 'Unverified' },
  ar: { close: 'إغلاق', read: 'اقرأه في سياقه', back: 'العودة إلى الحدث', unverified: 'لم يُتحقَّق منه' },
};

describe('<tarikh-details>', () => {
  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      it('shows the title, date to its precision with its offset, place, track and summary', async () => {
        const el = await panel(lang);
        const panelText = text($(el, '[part="details"]'));
        expect(text($(el, 'h2#title'))).to.equal(arrival.title[lang]);
        const date = text($(el, '.facts time'));
        expect(date).to.match(
          lang === 'ar' ? /^19 يونيو 2024[،,] 03:00 UTC\+09:00$/ : /^19 June 2024, 03:00 UTC\+09:00$/,
        );
        expect(panelText).to.include(arrival.place![lang]);
        expect(panelText).to.include(lang === 'ar' ? 'الدبلوماسية' : 'Diplomacy');
        expect(panelText).to.include(arrival.summary![lang]);
        expect($(el, '[part="details"]')!.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(el.label).to.equal(arrival.title[lang]);
      });

      it('shows one card per excerpt, each quote exactly as in the source, in its language', async () => {
        const el = await panel(lang);
        const cards = mainCards(el);
        expect(cards).to.have.length(arrival.excerpts.length);
        arrival.excerpts.forEach((excerpt, i) => {
          const quote = cards[i]!.querySelector('blockquote')!;
          expect(quote.textContent).to.equal(excerpt.quote);
          const srcLang = excerpt.source === arabicSource.id ? 'ar' : 'en';
          expect(quote.getAttribute('lang')).to.equal(srcLang);
          expect(getComputedStyle(quote).direction).to.equal(srcLang === 'ar' ? 'rtl' : 'ltr');
        });
      });

      it('names the source outlet and its publication date in the UI language', async () => {
        const el = await panel(lang);
        const cite = text(mainCards(el)[0]!.querySelector('.cite'));
        expect(cite).to.include(arabicSource.outlet[lang]);
        expect(cite).to.include(lang === 'ar' ? '19 يونيو 2024' : '19 June 2024');
      });

      it('links only to an http(s) source, never to a javascript: url', async () => {
        const el = await panel(lang);
        const [arabicCard, englishCard] = mainCards(el);
        expect(arabicCard!.querySelector('a')).to.equal(null);
        expect(arabicCard!.querySelector('[href]')).to.equal(null);
        const link = englishCard!.querySelector('a')!;
        expect(link.getAttribute('href')).to.equal(englishSource.url);
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(link.getAttribute('target')).to.equal('_blank');
      });

      it('marks an unverified excerpt, and only that one', async () => {
        const el = await panel(lang, arrival, { unverified: new Set([landed]) });
        const [first, second] = mainCards(el);
        expect(first!.querySelector('.unverified')).to.equal(null);
        const mark = second!.querySelector<HTMLElement>('.unverified')!;
        expect(isShown(mark)).to.be.true;
        expect(text(mark)).to.include(T[lang].unverified);
      });

      it('shows both accounts of a dispute side by side, with the note', async () => {
        const el = await panel(lang, durationEvent, { width: 700 });
        const section = $(el, '.disputes')!;
        expect(text(section)).to.include(lang === 'ar' ? 'المصادر مختلفة' : 'Sources disagree');
        expect(text(section.querySelector('.note'))).to.equal(durationEvent.disputes![0]!.note[lang]);
        const accounts = [...section.querySelectorAll<HTMLElement>('[part~="excerpt"]')];
        expect(accounts.map((c) => c.querySelector('blockquote')!.textContent)).to.deep.equal([
          twoDays.quote,
          oneDay.quote,
        ]);
        const [a, b] = accounts.map((c) => c.getBoundingClientRect());
        expect(Math.abs(a!.top - b!.top), 'same row').to.be.below(1);
        expect(lang === 'ar' ? a!.left > b!.left : a!.left < b!.left, 'in reading order').to.be.true;
      });

      it('fires tarikh-details-close from the close button', async () => {
        const el = await panel(lang);
        setTimeout(() => button(el, T[lang].close).click());
        const e = await oneEvent(el, 'tarikh-details-close');
        expect(e.bubbles && e.composed).to.be.true;
      });

      it('fires tarikh-details-close once on Escape inside the panel', async () => {
        const el = await panel(lang);
        let count = 0;
        el.addEventListener('tarikh-details-close', () => count++);
        const read = button(el, T[lang].read);
        read.focus();
        press(read, 'Escape');
        expect(count).to.equal(1);
      });

      it('opens the reader on the excerpt’s article, highlighted, and goes back to the card', async () => {
        const el = await panel(lang);
        const readButtons = $$(el, 'button.read');
        readButtons[0]!.click();
        await el.updateComplete;
        const view = reader(el)!;
        expect(view).to.exist;
        await view.updateComplete;
        expect(view.source).to.equal(arabicSource);
        expect(view.highlight).to.equal(arrivalSentence);
        const marked = view.shadowRoot!.querySelector('[part~="mark-current"]')!;
        expect(marked.textContent).to.equal(arabicSource.text.slice(arrivalSentence.start, arrivalSentence.end));
        expect(mainCards(el)).to.have.length(0);
        const back = button(el, `${lang === 'ar' ? '→' : '←'} ${T[lang].back}`);
        expect(el.shadowRoot!.activeElement).to.equal(back);
        back.click();
        await el.updateComplete;
        expect(reader(el)).to.equal(null);
        expect(mainCards(el)).to.have.length(2);
        expect(el.shadowRoot!.activeElement).to.equal($$(el, 'button.read')[0]);
      });

      it('goes back from the reader on Escape without closing the panel', async () => {
        const el = await panel(lang);
        let closed = 0;
        el.addEventListener('tarikh-details-close', () => closed++);
        $$(el, 'button.read')[1]!.click();
        await el.updateComplete;
        press($(el, '.back')!, 'Escape');
        await el.updateComplete;
        expect(closed).to.equal(0);
        expect(reader(el)).to.equal(null);
        expect(el.shadowRoot!.activeElement).to.equal($$(el, 'button.read')[1]);
      });

      it('passes on the reader’s request to select another event, once', async () => {
        const el = await panel(lang);
        $$(el, 'button.read')[0]!.click();
        await el.updateComplete;
        const view = reader(el)!;
        await view.updateComplete;
        const fired: string[] = [];
        el.addEventListener('tarikh-source-select', (e) => fired.push(e.detail.id));
        const other = view.shadowRoot!.querySelector<HTMLElement>('mark[role="button"]')!;
        press(other, 'Enter');
        expect(fired).to.deep.equal(['welcome']);
      });

      it('lists every source with its outlet, date and how many events cite it, and opens one', async () => {
        const el = await panel(lang);
        const all = $(el, '.sources-button')!;
        expect(text(all)).to.equal(lang === 'ar' ? 'جميع المصادر (2)' : 'All sources (2)');
        all.click();
        await el.updateComplete;
        const items = $$(el, '.source-item');
        expect(items).to.have.length(2);
        // The Arabic wire is cited by arrival, welcome, treaty, duration and markup; the paper by two.
        expect(text(items[0])).to.include(lang === 'ar' ? 'يستشهد به 5 أحداث' : 'Cited by 5 events');
        expect(text(items[1])).to.include(lang === 'ar' ? 'يستشهد به حدثان' : 'Cited by 2 events');
        expect(text(items[1])).to.include(englishSource.outlet[lang]);
        expect(text(items[1])).to.include(lang === 'ar' ? '20 يونيو 2024' : '20 June 2024');
        items[1]!.click();
        await el.updateComplete;
        expect(reader(el)!.source).to.equal(englishSource);
        expect(reader(el)!.highlight).to.equal(null);
        $(el, '.back')!.click();
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement).to.equal($$(el, '.source-item')[1]);
      });

      it('passes the axe accessibility checks in the event view, a dispute and the reader', async () => {
        const el = await panel(lang, durationEvent);
        await expect(el).to.be.accessible();
        $$(el, 'button.read')[0]!.click();
        await el.updateComplete;
        await reader(el)!.updateComplete;
        await expect(el).to.be.accessible();
      });

      it('renders markup in every string as text', async () => {
        const el = await panel(lang, markupEvent);
        expect(text($(el, 'h2'))).to.equal(markupEvent.title[lang]);
        expect(text($(el, '.summary'))).to.equal(markupEvent.summary![lang]);
        expect(mainCards(el)[0]!.querySelector('blockquote')!.textContent).to.equal(markupEvent.excerpts[0]!.quote);
        expect(el.shadowRoot!.querySelector('script, img, b, i')).to.equal(null);
        expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      });
    });
  }

  it('shows the English translation under an Arabic quote in English', async () => {
    const el = await panel('en');
    const card = mainCards(el)[0]!;
    expect(card.querySelector('.toggle')).to.equal(null);
    const translation = card.querySelector<HTMLElement>('.translation p')!;
    expect(isShown(translation)).to.be.true;
    expect(translation.textContent).to.equal(arrivalSentence.translation.en);
    expect(translation.getAttribute('lang')).to.equal('en');
  });

  it('hides the English translation behind a “الترجمة” toggle in Arabic', async () => {
    const el = await panel('ar');
    const card = mainCards(el)[0]!;
    const toggle = card.querySelector<HTMLButtonElement>('.toggle')!;
    const translation = card.querySelector<HTMLElement>('.translation p')!;
    expect(text(toggle)).to.equal('الترجمة');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(translation)).to.be.false;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(translation)).to.be.true;
    expect(translation.textContent).to.equal(arrivalSentence.translation.en);
    expect(card.querySelector(`#${toggle.getAttribute('aria-controls')}`)).to.contain(translation);
  });

  it('translates an English quote into Arabic under it in Arabic', async () => {
    const el = await panel('ar');
    const card = mainCards(el)[1]!;
    expect(card.querySelector('.toggle')).to.equal(null);
    const translation = card.querySelector<HTMLElement>('.translation p')!;
    expect(isShown(translation)).to.be.true;
    expect(translation.textContent).to.equal(landed.translation.ar);
  });

  it('isolates inserted strings so bidi controls cannot reorder the text around them', async () => {
    const rlo = '\u202e';
    const event = {
      ...arrival,
      title: { ar: `${rlo}عنوان`, en: `${rlo}title` },
      place: { ar: `${rlo}مكان`, en: `${rlo}place` },
    };
    const el = await panel('en', event);
    for (const node of [$(el, 'h2 bdi'), ...$$(el, '.facts dd bdi')]) {
      expect(getComputedStyle(node!).unicodeBidi).to.equal('isolate');
    }
    expect(getComputedStyle(mainCards(el)[0]!.querySelector('blockquote')!).unicodeBidi).to.equal('isolate');
  });

  it('wraps an unbroken long word within a 320px panel', async () => {
    const long = 'x'.repeat(400);
    const el = await panel('en', { ...arrival, title: { ar: long, en: long } }, { width: 320 });
    const panelBox = $(el, '[part="details"]')!;
    expect(panelBox.scrollWidth).to.be.at.most(panelBox.clientWidth);
  });

  it('stacks competing accounts on a narrow panel', async () => {
    const el = await panel('en', durationEvent, { width: 320 });
    const [a, b] = $$(el, '.disputes [part~="excerpt"]').map((c) => c.getBoundingClientRect());
    expect(b!.top).to.be.at.least(a!.bottom);
  });

  it('keeps the reader open and relabels it when the language changes', async () => {
    const el = await panel('en');
    $$(el, 'button.read')[0]!.click();
    await el.updateComplete;
    el.lang = 'ar';
    await el.updateComplete;
    await reader(el)!.updateComplete;
    expect(text($(el, '.back'))).to.equal('→ العودة إلى الحدث');
    expect(getComputedStyle($(el, '[part="details"]')!).direction).to.equal('rtl');
    expect(text(reader(el)!.shadowRoot!.querySelector('.meta'))).to.include('وكالة الأنباء');
    expect(reader(el)!.highlight).to.equal(arrivalSentence);
  });

  it('returns to the event view, keeping focus in the panel, when the event changes under the reader', async () => {
    const el = await panel('en');
    $$(el, 'button.read')[0]!.click();
    await el.updateComplete;
    el.event = durationEvent;
    await el.updateComplete;
    expect(reader(el)).to.equal(null);
    expect(text($(el, 'h2'))).to.equal('The visit ends');
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
  });

  it('shows an empty, localized panel without an event and never throws on malformed data', async () => {
    const el = await panel('ar', null);
    expect(text($(el, '.empty'))).to.equal('لم يُختَر أي حدث');
    el.event = {
      id: 'bad',
      title: null,
      excerpts: [null, { source: 'nope', quote: 'q' }],
      disputes: [null],
    } as unknown as TimelineEvent;
    await el.updateComplete;
    expect(mainCards(el)).to.have.length(1);
    expect(text(mainCards(el)[0]!.querySelector('.cite'))).to.equal('تعذّر العثور على المصدر');
  });

  it('shows every excerpt of the bundled dataset’s arrival event, and reads the first in context', async () => {
    const data = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
    const event = data.events.find((e) => e.id === 'putin-arrives-pyongyang')!;
    for (const lang of LANGS) {
      const el = await panel(lang, event, { data });
      expect(mainCards(el).map((c) => c.querySelector('blockquote')!.textContent)).to.deep.equal(
        event.excerpts.map((x) => x.quote),
      );
      mainCards(el)[0]!.querySelector<HTMLButtonElement>('button.read')!.click();
      await el.updateComplete;
      const view = reader(el)!;
      await waitUntil(() => view.shadowRoot?.querySelector('[part~="mark-current"]'), 'highlight drawn');
      const excerpt = event.excerpts[0]!;
      const source = data.sources.find((s) => s.id === excerpt.source)!;
      const marked = [...view.shadowRoot!.querySelectorAll('[part~="mark-current"]')].map((m) => m.textContent);
      expect(marked.join('')).to.equal(source.text.slice(excerpt.start, excerpt.end));
    }
  });
});
