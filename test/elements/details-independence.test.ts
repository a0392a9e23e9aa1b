import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/details/define.js';
import type { TarikhDetails } from '../../src/elements/details/define.js';
import type { Dataset, TimelineEvent } from '../../src/model/types.js';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let story: Dataset;
before(async () => {
  story = (await (await fetch('/data/vostochny-pyongyang.json')).json()) as Dataset;
});

async function panel(lang: 'ar' | 'en', event: TimelineEvent, data: Dataset = story) {
  const el = await fixture<TarikhDetails>(
    html`<tarikh-details
      lang=${lang}
      style="height: 600px; width: 420px"
      .event=${event}
      .data=${data}
    ></tarikh-details>`,
  );
  await el.updateComplete;
  return el;
}
const line = (el: TarikhDetails) => el.shadowRoot!.querySelector<HTMLElement>('.excerpts .independence');
const byId = (id: string) => story.events.find((e) => e.id === id)!;

const EXPECTED = {
  en: {
    copied:
      "3 sources, 2 independent: the report relaying Russian media (000) carries AFP's copy (002) word for word here",
    independent: '3 independent sources',
    one: '1 source',
  },
  ar: {
    copied: '3 مصادر، اثنان منها مستقلان: التقرير الناقل عن الإعلام الروسي (000) ينقل هنا نص فرانس برس (002) حرفيًا',
    independent: '3 مصادر مستقلة',
    one: 'مصدر واحد',
  },
};

describe('<tarikh-details>: the independent sources of an event', () => {
  for (const lang of ['en', 'ar'] as const) {
    describe(`in ${lang}`, () => {
      it('says how many sources an event rests on and which copy makes one of them not independent', async () => {
        // sanctions-on-russia cites AFP (002), ILKHA (001) and 000, whose only excerpt there is AFP's sentence.
        const el = await panel(lang, byId('sanctions-on-russia'));
        const p = line(el)!;
        expect(text(p)).to.equal(EXPECTED[lang].copied);
        // Shown above the excerpts it counts, in the panel's direction, and visible.
        const heading = el.shadowRoot!.querySelector('#excerpts-title')!;
        const cards = el.shadowRoot!.querySelector('.excerpts .cards')!;
        expect(heading.compareDocumentPosition(p) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(p.compareDocumentPosition(cards) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(getComputedStyle(p).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(p.getBoundingClientRect().height).to.be.above(0);
      });

      it('counts 000 as independent where it says more than the AFP copy', async () => {
        // kim-backs-russia-ukraine cites AFP's "full support" sentence in 000, and also its own wording.
        const el = await panel(lang, byId('kim-backs-russia-ukraine'));
        expect(text(line(el))).to.equal(EXPECTED[lang].independent);
      });

      it('says "1 source" for an event resting on one article, and nothing for an event citing none', async () => {
        const el = await panel(lang, byId('russia-pledges-closer-ties'));
        expect(text(line(el))).to.equal(EXPECTED[lang].one);
        const none = await panel(lang, { ...byId('russia-pledges-closer-ties'), excerpts: [] });
        expect(line(none)).to.equal(null);
      });

      it('renders the note of a reproduction as text, never as markup', async () => {
        const hostile = structuredClone(story);
        const copy = hostile.sources.find((s) => s.id.startsWith('000_'))!;
        copy.reproduces![0]!.note = { en: '<img src=x onerror=alert(1)>', ar: '<b>نسخ</b>' };
        const el = await panel(lang, byId('sanctions-on-russia'), hostile);
        expect(line(el)!.querySelector('img, b')).to.equal(null);
        expect(text(line(el))).to.include(lang === 'en' ? '<img src=x onerror=alert(1)>' : '<b>نسخ</b>');
      });
    });
  }
});
