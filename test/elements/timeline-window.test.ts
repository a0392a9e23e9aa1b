import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TarikhTimeline } from '../../src/index.js';

const FROM = '2024-06-17T12:00:00.000Z';
const TO = '2024-06-21T00:00:00.000Z';

for (const lang of ['en', 'ar'] as const) {
  describe(`a window given with a selection (${lang})`, () => {
    before(() => emulateMedia({ reducedMotion: 'reduce' }));
    after(() => emulateMedia({ reducedMotion: 'no-preference' }));

    for (const selected of ['treaty-signed', null]) {
      it(`is kept to the millisecond${selected ? ', with an event selected' : ''}, as the README's deep link opens the demo`, async () => {
        // What the demo does for `#event=treaty-signed&lang=…&from=…&to=…`: the window and the
        // selection as properties, the exact window once the element has taken them.
        const el = await fixture<TarikhTimeline>(
          html`<tarikh-timeline lang=${lang} style="width: 1280px; height: 520px"></tarikh-timeline>`,
        );
        const loaded = oneEvent(el, 'tarikh-load');
        const ranges: string[] = [];
        el.addEventListener('tarikh-range-change', (e) => {
          const { start, end } = (e as CustomEvent<{ start: Date; end: Date }>).detail;
          ranges.push(`${start.toISOString()}/${end.toISOString()}`);
        });
        el.src = '/data/vostochny-pyongyang.json';
        el.start = FROM;
        el.end = TO;
        el.selected = selected;
        await el.updateComplete;
        el.zoomTo(new Date(FROM), new Date(TO), { animate: false });
        await loaded;
        await waitUntil(() => ranges.length > 0, 'the window settled');
        await new Promise((r) => setTimeout(r, 100));
        await el.updateComplete;
        expect(el.visibleRange.start.toISOString()).to.equal(FROM);
        expect(el.visibleRange.end.toISOString()).to.equal(TO);
        expect([el.start, el.end]).to.deep.equal([FROM, TO]);
        expect(ranges.at(-1)).to.equal(`${FROM}/${TO}`);
        expect(el.selected).to.equal(selected);
      });
    }
  });
}
