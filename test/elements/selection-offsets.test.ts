import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/source-view/define.js';
import type { TarikhSourceView } from '../../src/elements/source-view/define.js';
import { rangeOffsets, selectedRange, snapToGraphemes } from '../../src/elements/source-view/selection-offsets.js';
import { applyCaretKey } from '../../demo/author/caret-keys.js';
import type { Dataset, Excerpt, Source } from '../../src/model/types.js';

const LANGS = ['en', 'ar'] as const;

/** Fully vowelled Arabic: nearly every letter carries one or two combining marks. */
const VOWELLED = 'وَقَّعَ الرَّئِيسَانِ مُعَاهَدَةَ الشَّرَاكَةِ الاِسْتِرَاتِيجِيَّةِ الشَّامِلَةِ فِي بْيُونْغ يَانْغ.';
const SECOND = 'وَقَالَ الْكُرْمْلِينُ إِنَّ الزِّيَارَةَ تَارِيخِيَّةٌ.';

const arabic: Source = {
  id: 'ar1',
  title: { ar: 'المعاهدة', en: 'The treaty' },
  outlet: { ar: 'وكالة', en: 'Agency' },
  lang: 'ar',
  text: `${VOWELLED}\n\n${SECOND}`,
};

const english: Source = {
  id: 'en1',
  title: { ar: 'القمة', en: 'The summit' },
  outlet: { ar: 'وكالة', en: 'Agency' },
  lang: 'en',
  text: 'Putin met Kim at the Vostochny cosmodrome on Wednesday.\nThey toured the launch pads.',
};

/** A dataset citing `quote` of `source`, so the reader marks it. */
function citing(source: Source, quote: string): { data: Dataset; excerpt: Excerpt } {
  const start = source.text.indexOf(quote);
  const excerpt: Excerpt = {
    source: source.id,
    quote,
    start,
    end: start + quote.length,
    translation: { ar: quote, en: quote },
  };
  const event = { id: 'e', date: '2024-06-19', title: { ar: 'حدث', en: 'Event' }, excerpts: [excerpt] };
  return { data: { title: { ar: 'قصة', en: 'Story' }, sources: [source], events: [event] }, excerpt };
}

async function reader(
  lang: 'ar' | 'en',
  source: Source,
  data: Dataset | null = null,
  highlight: Excerpt | null = null,
) {
  const el = await fixture<TarikhSourceView>(
    html`<tarikh-source-view
      lang=${lang}
      style="width: 420px"
      .source=${source}
      .data=${data}
      .highlight=${highlight}
    ></tarikh-source-view>`,
  );
  await el.updateComplete;
  return el;
}

const articleOf = (el: TarikhSourceView) => el.shadowRoot!.querySelector('article')!;

/** The text node of the article whose text contains `piece`, and the offset of `piece` in it. */
function textPoint(el: TarikhSourceView, piece: string): [Text, number] {
  const walker = document.createTreeWalker(articleOf(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(piece);
    if (at >= 0) return [node, at];
  }
  throw new Error(`no text node holds «${piece}»`);
}

/** Selects from (node, offset) to (node, offset) through the Selection API, then reads the offsets back. */
function selectAndRead(el: TarikhSourceView, anchor: [Node, number], focus: [Node, number]) {
  const selection = document.getSelection()!;
  selection.setBaseAndExtent(anchor[0], anchor[1], focus[0], focus[1]);
  const range = selectedRange([el.shadowRoot!]);
  expect(range, 'a range inside the reader').to.not.equal(null);
  return rangeOffsets(articleOf(el), el.source!.text, range!);
}

afterEach(() => document.getSelection()?.removeAllRanges());

describe('selection offsets', () => {
  it('widens a span to whole grapheme clusters: a letter with its shadda and fatha, an emoji sequence', () => {
    const text = 'وَقَّعَ 👩🏽‍🚀 x';
    // 2 is between «ق» and its shadda; 4 is between the shadda and the fatha.
    expect(snapToGraphemes(text, 2, 4)).to.deep.equal({ start: 2, end: 5 });
    expect(snapToGraphemes(text, 3, 4)).to.deep.equal({ start: 2, end: 5 });
    const astronaut = text.indexOf('👩');
    expect(snapToGraphemes(text, astronaut + 1, astronaut + 3)).to.deep.equal({
      start: astronaut,
      end: astronaut + '👩🏽‍🚀'.length,
    });
  });

  for (const lang of LANGS) {
    describe(`in the reader (${lang})`, () => {
      it('gives the offsets of an Arabic passage with diacritics selected in one text node', async () => {
        const el = await reader(lang, arabic);
        const quote = 'مُعَاهَدَةَ الشَّرَاكَةِ';
        const [node, at] = textPoint(el, quote);
        const span = selectAndRead(el, [node, at], [node, at + quote.length])!;
        expect(arabic.text.slice(span.start, span.end)).to.equal(quote);
        expect(span.start).to.equal(arabic.text.indexOf(quote));
      });

      it('gives the same offsets for a selection made right to left, from its end back to its start', async () => {
        const el = await reader(lang, arabic);
        const quote = 'الرَّئِيسَانِ مُعَاهَدَةَ';
        const [node, at] = textPoint(el, quote);
        const span = selectAndRead(el, [node, at + quote.length], [node, at])!;
        expect(arabic.text.slice(span.start, span.end)).to.equal(quote);
      });

      it('takes in the whole letter when a selection starts or ends between a letter and its marks', async () => {
        const el = await reader(lang, arabic);
        const word = 'الشَّرَاكَةِ';
        const [node, at] = textPoint(el, word);
        // From just after «ش» (before its shadda and fatha) to just after «ة» (before its kasra).
        const span = selectAndRead(el, [node, at + 3], [node, at + word.length - 1])!;
        expect(arabic.text.slice(span.start, span.end)).to.equal('شَّرَاكَةِ');
      });

      it('gives the exact text of a selection that spans a highlighted mark', async () => {
        const quote = 'مُعَاهَدَةَ';
        const { data, excerpt } = citing(arabic, quote);
        const el = await reader(lang, arabic, data, excerpt);
        const current = el.shadowRoot!.querySelector('[part~="mark-current"]')!;
        expect(current.textContent).to.equal(quote);
        const [before, b] = textPoint(el, 'الرَّئِيسَانِ');
        const [after, a] = textPoint(el, 'الشَّرَاكَةِ');
        const span = selectAndRead(el, [before, b], [after, a + 'الشَّرَاكَةِ'.length])!;
        expect(arabic.text.slice(span.start, span.end)).to.equal('الرَّئِيسَانِ مُعَاهَدَةَ الشَّرَاكَةِ');
      });

      it('gives the text of a cited mark of another event when the selection starts and ends on elements', async () => {
        const quote = 'Vostochny cosmodrome';
        const { data } = citing(english, quote);
        const el = await reader(lang, english, data);
        const mark = el.shadowRoot!.querySelector('mark[data-event]')!;
        const parent = mark.parentNode!;
        const index = [...parent.childNodes].indexOf(mark);
        const span = selectAndRead(el, [parent, index], [parent, index + 1])!;
        expect(english.text.slice(span.start, span.end)).to.equal(quote);
      });

      it('keeps the line break of a selection running from one paragraph into the next', async () => {
        const el = await reader(lang, arabic);
        const [first, f] = textPoint(el, 'يَانْغ.');
        const [second, s] = textPoint(el, 'وَقَالَ');
        const span = selectAndRead(el, [first, f], [second, s + 'وَقَالَ'.length])!;
        expect(arabic.text.slice(span.start, span.end)).to.equal('يَانْغ.\n\nوَقَالَ');
      });

      it('clips a selection that starts in the heading to the article text', async () => {
        const el = await reader(lang, english);
        const heading = el.shadowRoot!.querySelector('h2')!;
        const [node, at] = textPoint(el, 'Putin met');
        const span = selectAndRead(el, [heading, 0], [node, at + 'Putin met'.length])!;
        expect(english.text.slice(span.start, span.end)).to.equal('Putin met');
        const none = selectAndRead(el, [heading, 0], [heading, 1]);
        expect(none).to.equal(null);
      });

      it('gives the offsets of a passage selected with Shift and the arrow keys', async () => {
        const el = await reader(lang, arabic);
        const word = 'الرَّئِيسَانِ';
        const [node, at] = textPoint(el, word);
        document.getSelection()!.collapse(node, at);
        const article = articleOf(el);
        article.tabIndex = 0;
        article.addEventListener('keydown', (e) => {
          if (applyCaretKey(e, article, true)) e.preventDefault();
        });
        article.focus();
        document.getSelection()!.collapse(node, at);
        // «الرَّئِيسَانِ» is eight letters: Shift+arrow moves a whole letter with its marks. In an
        // Arabic paragraph the text runs leftward, so the next letter is to the left.
        await sendKeys({ down: 'Shift' });
        for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowLeft' });
        await sendKeys({ up: 'Shift' });
        const range = selectedRange([el.shadowRoot!])!;
        const span = rangeOffsets(articleOf(el), arabic.text, range)!;
        expect(arabic.text.slice(span.start, span.end)).to.equal(word);
      });
    });
  }
});
