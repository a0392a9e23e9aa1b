import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/elements/source-view/define.js';
import type { TarikhSourceView } from '../../src/elements/source-view/define.js';
import {
  groupBySpan,
  paragraphsOf,
  segmentGroups,
  segmentParagraph,
  withoutMark,
} from '../../src/elements/source-view/segments.js';
import type { Dataset, Excerpt, Source } from '../../src/model/types.js';
import {
  arabicSource,
  arrivalSentence,
  englishSource,
  excerptDataset,
  markup,
  treaty,
  twoDays,
  welcome,
} from '../helpers/excerpt-fixtures.js';

const LANGS = ['en', 'ar'] as const;

async function reader(
  lang: 'ar' | 'en',
  highlight: Excerpt | null,
  source: Source = arabicSource,
  data = excerptDataset(),
) {
  const el = await fixture<TarikhSourceView>(
    html`<tarikh-source-view
      lang=${lang}
      style="height: 240px; width: 420px"
      .source=${source}
      .data=${data}
      .highlight=${highlight}
    ></tarikh-source-view>`,
  );
  await el.updateComplete;
  return el;
}

const $ = (el: TarikhSourceView, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: TarikhSourceView, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const current = (el: TarikhSourceView) => $$(el, '[part~="mark-current"]');
const markNamed = (el: TarikhSourceView, name: string) =>
  $$(el, 'mark[role="button"]').find((m) => m.getAttribute('aria-label') === `${name}: ${m.textContent}`);

describe('source segments', () => {
  it('splits a text into its non-blank lines, keeping offsets into the whole text', () => {
    const text = 'one\n\ntwo\r\nthree';
    expect(paragraphsOf(text).map((p) => text.slice(p.start, p.end))).to.deep.equal(['one', 'two', 'three']);
  });

  it('gives a nested excerpt its own segment inside the outer one', () => {
    const outer = { start: 0, end: 10 };
    const inner = { start: 3, end: 6 };
    const segments = segmentParagraph({ start: 0, end: 12 }, [outer, inner]);
    expect(segments.map((s) => [s.start, s.end, s.owner])).to.deep.equal([
      [0, 3, outer],
      [3, 6, inner],
      [6, 10, outer],
      [10, 12, null],
    ]);
    expect(segments[1]!.overlap).to.be.true;
  });

  it('cuts crossing excerpts at each boundary and clips them to the paragraph', () => {
    const a = { start: 2, end: 8 };
    const b = { start: 5, end: 20 };
    const segments = segmentParagraph({ start: 0, end: 10 }, [a, b], { start: 4, end: 6 });
    expect(segments.map((s) => [s.start, s.end, s.owner, s.current])).to.deep.equal([
      [0, 2, null, false],
      [2, 4, a, false],
      [4, 5, a, true],
      [5, 6, a, true],
      [6, 8, a, false],
      [8, 10, b, false],
    ]);
  });

  it('gives a passage quoted by many the first of its marks, drawn as overlapping, and the marks of other passages theirs', () => {
    const first = { start: 2, end: 6, n: 1 };
    const quoted = [first, ...Array.from({ length: 5000 }, (_, n) => ({ start: 2, end: 6, n: n + 2 }))];
    const alone = { start: 7, end: 9, n: 0 };
    const segments = segmentParagraph({ start: 0, end: 10 }, [...quoted, alone]);
    expect(segments.map((s) => [s.start, s.end, s.owner, s.overlap])).to.deep.equal([
      [0, 2, null, false],
      [2, 6, first, true],
      [6, 7, null, false],
      [7, 9, alone, false],
      [9, 10, null, false],
    ]);
  });

  it('groups marks by span once, counting them, and keeps spans past two million characters apart', () => {
    const a1 = { start: 2, end: 6, n: 1 };
    const a2 = { start: 2, end: 6, n: 2 };
    const a3 = { start: 2, end: 6, n: 3 };
    const far1 = { start: 3_000_000, end: 3_000_010, n: 4 };
    const far2 = { start: 3_000_001, end: 3_000_010, n: 5 };
    const groups = groupBySpan([a1, { start: 4, end: 2, n: 0 }, a2, far1, a3, far2]);
    expect(groups).to.deep.equal([
      { mark: a1, second: a2, count: 3 },
      { mark: far1, second: null, count: 1 },
      { mark: far2, second: null, count: 1 },
    ]);
  });

  it('segments grouped marks without the highlighted one as if it had never been among them', () => {
    const marks = [
      { start: 2, end: 6, n: 1 },
      { start: 2, end: 6, n: 2 },
      { start: 5, end: 9, n: 3 },
      { start: 2, end: 6, n: 4 },
      { start: 0, end: 3, n: 5 },
    ];
    const paragraph = { start: 0, end: 10 };
    const groups = groupBySpan(marks);
    for (const left of marks) {
      const current = { start: left.start, end: left.end };
      const grouped = segmentGroups(
        paragraph,
        withoutMark(groups, left, (m) => m === left),
        current,
      );
      const without = segmentParagraph(
        paragraph,
        marks.filter((m) => m !== left),
        current,
      );
      expect(grouped, `without mark ${left.n}`).to.deep.equal(without);
    }
    // The groups themselves are left as they were, for the next highlight.
    expect(groups.map((g) => g.count)).to.deep.equal([3, 1, 1]);
  });

  it('ignores excerpts with unusable offsets', () => {
    const segments = segmentParagraph({ start: 0, end: 5 }, [
      { start: 4, end: 2 },
      { start: 1.5, end: 3 },
    ]);
    expect(segments).to.have.length(1);
    expect(segments[0]!.owner).to.equal(null);
  });
});

describe('<tarikh-source-view>', () => {
  it('marks the excerpts of a new dataset given in place of the old one, and of another source shown after', async () => {
    const el = await reader('en', null);
    const before = $$(el, 'mark[data-event]').length;
    expect(before).to.be.above(0);
    const data = excerptDataset();
    // The same story without its events: nothing left to mark.
    el.data = { ...data, events: [] };
    await el.updateComplete;
    expect($$(el, 'mark[data-event]')).to.have.length(0);
    el.data = data;
    await el.updateComplete;
    expect($$(el, 'mark[data-event]')).to.have.length(before);
    const inEnglish = data.events.some((e) => e.excerpts.some((x) => x.source === englishSource.id));
    el.source = englishSource;
    await el.updateComplete;
    expect($$(el, 'mark[data-event]').length > 0).to.equal(inEnglish);
    expect($$(el, 'mark[data-event]').every((m) => englishSource.text.includes(m.textContent!))).to.equal(true);
  });

  for (const lang of LANGS) {
    describe(`in ${lang}`, () => {
      it('highlights exactly the text at the excerpt offsets', async () => {
        const el = await reader(lang, treaty);
        expect(current(el)).to.have.length(1);
        expect(current(el)[0]!.textContent).to.equal(arabicSource.text.slice(treaty.start, treaty.end));
        expect(current(el)[0]!.tagName).to.equal('MARK');
      });

      it('shows the whole article, one paragraph per line, in its own language and direction', async () => {
        const el = await reader(lang, treaty);
        const article = $(el, 'article')!;
        expect(article.getAttribute('lang')).to.equal('ar');
        expect(article.getAttribute('dir')).to.equal('rtl');
        expect(getComputedStyle(article).direction).to.equal('rtl');
        const paragraphs = $$(el, 'article p').map((p) => p.textContent);
        expect(paragraphs).to.deep.equal(arabicSource.text.split('\n').filter((line) => line.trim()));
      });

      it('marks the excerpts of other events, named by their event title', async () => {
        const el = await reader(lang, treaty);
        const name = lang === 'ar' ? 'انتهاء الزيارة' : 'The visit ends';
        const mark = markNamed(el, name)!;
        expect(mark, 'mark of the duration event').to.exist;
        expect(mark.textContent).to.equal(arabicSource.text.slice(twoDays.start, twoDays.end));
        expect(mark.getAttribute('tabindex')).to.equal('0');
        expect(mark.getAttribute('part')).to.equal('mark');
      });

      it('fires tarikh-source-select once with the event id when another mark is clicked', async () => {
        const el = await reader(lang, treaty);
        const fired: string[] = [];
        el.addEventListener('tarikh-source-select', (e) => fired.push(e.detail.id));
        markNamed(el, lang === 'ar' ? 'انتهاء الزيارة' : 'The visit ends')!.click();
        expect(fired).to.deep.equal(['duration']);
      });

      it('activates a mark from the keyboard with Enter and with Space', async () => {
        const el = await reader(lang, treaty);
        const mark = markNamed(el, lang === 'ar' ? 'انتهاء الزيارة' : 'The visit ends')!;
        mark.focus();
        expect(el.shadowRoot!.activeElement).to.equal(mark);
        for (const key of ['Enter', ' ']) {
          setTimeout(() => mark.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true })));
          const e = await oneEvent(el, 'tarikh-source-select');
          expect(e.detail, key).to.deep.equal({ id: 'duration' });
          expect(e.composed && e.bubbles).to.be.true;
        }
      });

      it('keeps an excerpt of another event nested in the highlighted one reachable', async () => {
        const el = await reader(lang, arrivalSentence);
        const outer = current(el)[0]!;
        expect(outer.textContent).to.equal(arabicSource.text.slice(arrivalSentence.start, arrivalSentence.end));
        const inner = outer.querySelector('mark[role="button"]')!;
        expect(inner.textContent).to.equal(welcome.quote);
        expect(inner.getAttribute('aria-label')).to.equal(
          `${lang === 'ar' ? 'استقبال على السجادة الحمراء' : 'Red-carpet welcome'}: ${welcome.quote}`,
        );
        setTimeout(() => (inner as HTMLElement).click());
        const e = await oneEvent(el, 'tarikh-source-select');
        expect(e.detail.id).to.equal('welcome');
      });

      it('passes the axe accessibility checks, nested and overlapping marks included', async () => {
        await expect(await reader(lang, arrivalSentence)).to.be.accessible();
      });

      it('shows the headline, outlet and date in the UI language', async () => {
        const el = await reader(lang, null, englishSource);
        const head = $(el, 'header')!.textContent!.replace(/\s+/g, ' ');
        expect($(el, 'h2')!.textContent).to.equal('Putin lands in Pyongyang');
        expect($(el, 'h2')!.getAttribute('lang')).to.equal('en');
        if (lang === 'ar') {
          expect(head).to.include('بوتين يهبط في بيونغ يانغ');
          expect(head).to.include('الصحيفة');
          expect(head).to.include('20 يونيو 2024');
        } else {
          expect(head).to.include('The Paper');
          expect(head).to.include('20 June 2024');
        }
      });
    });
  }

  it('links to an https source, opening a new tab without opener', async () => {
    const el = await reader('en', null, englishSource);
    const links = $$(el, 'a');
    expect(links).to.have.length(1);
    expect(links[0]!.getAttribute('href')).to.equal('https://example.org/putin-lands');
    expect(links[0]!.getAttribute('target')).to.equal('_blank');
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('renders no link for a javascript: url', async () => {
    const el = await reader('en', treaty);
    expect($$(el, 'a')).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
  });

  it('renders markup in the article as text', async () => {
    const el = await reader('ar', markup);
    expect(current(el)[0]!.textContent).to.equal(markup.quote);
    expect(el.shadowRoot!.querySelector('article b, article img, article script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('scrolls the highlighted excerpt into the middle of its own box without moving the page', async () => {
    const el = await reader('ar', twoDays);
    const mark = current(el)[0]!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(el.scrollTop).to.be.above(0);
    expect(mark.top).to.be.at.least(box.top);
    expect(mark.bottom).to.be.at.most(box.bottom);
    expect(Math.abs((mark.top + mark.bottom) / 2 - (box.top + box.bottom) / 2)).to.be.below(box.height / 4);
    expect(window.scrollY).to.equal(0);
  });

  it('moves the highlight and scrolls again when highlight changes', async () => {
    const el = await reader('en', twoDays);
    const before = el.scrollTop;
    el.highlight = arrivalSentence;
    await el.updateComplete;
    expect(current(el)[0]!.textContent).to.equal(arrivalSentence.quote);
    expect(el.scrollTop).to.be.below(before);
    // The excerpt that was highlighted is now an ordinary mark to its event.
    expect(markNamed(el, 'The visit ends')!.textContent).to.equal(twoDays.quote);
  });

  it('shows a clear empty state without a source, and never throws on malformed data', async () => {
    const el = await reader('ar', null, null as unknown as Source);
    expect($(el, '[part="source"]')!.textContent!.trim()).to.equal('لا مصدر لعرضه');
    el.source = { ...arabicSource, title: undefined } as unknown as Source;
    el.data = { events: [null, { id: 'x', excerpts: null }] } as unknown as Dataset;
    el.highlight = { source: 'ar-wire', start: 5, end: 1 } as Excerpt;
    await el.updateComplete;
    expect($$(el, 'article p').length).to.be.above(3);
    expect(current(el)).to.have.length(0);
  });

  it('marks the excerpt of the bundled dataset’s arrival event at its offsets', async () => {
    const data = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
    const event = data.events.find((e) => e.id === 'putin-arrives-pyongyang')!;
    const excerpt = event.excerpts[0]!;
    const source = data.sources.find((s) => s.id === excerpt.source)!;
    for (const lang of LANGS) {
      const el = await reader(lang, excerpt, source, data);
      expect(
        current(el)
          .map((m) => m.textContent)
          .join(''),
      ).to.equal(source.text.slice(excerpt.start, excerpt.end));
    }
  });
});
