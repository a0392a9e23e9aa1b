import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TarikhTimeline } from '../../src/index.js';
import { $, frames, render, resetMedia, story, type Lang } from './helpers.js';

/** Inside the test page's 800 px viewport, which is all a screenshot shows. */
const SIZE = 'width: 700px; height: 360px';

/**
 * How many pixels of the text in `node` differ from the colour most of them have, as painted
 * (a screenshot of the text's own box, 1 px inside it). Text that is drawn has ink in its box; text
 * painted in the colour of what is behind it (a forced-colours backplate) has none. Computed
 * styles cannot tell: the backplate is no style.
 */
async function inkOf(node: Element): Promise<number> {
  const range = document.createRange();
  range.selectNodeContents(node);
  const box = range.getBoundingClientRect();
  expect(box.width * box.height, 'the text has a box').to.be.above(0);
  const x = Math.ceil(box.left);
  const y = Math.ceil(box.top);
  const clip = {
    x: x + scrollX,
    y: y + scrollY,
    width: Math.max(1, Math.floor(box.right) - x),
    height: Math.max(1, Math.floor(box.bottom) - y),
  };
  const png = await executeServerCommand<string, { x: number; y: number; width: number; height: number }>(
    'capture-screenshot',
    clip,
  );
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    const diff =
      Math.abs(data[i]! - ((common >> 16) & 255)) +
      Math.abs(data[i + 1]! - ((common >> 8) & 255)) +
      Math.abs(data[i + 2]! - (common & 255));
    if (diff > 96) ink += 1;
  }
  return ink;
}

const T = {
  en: { disagree: 'Sources disagree' },
  ar: { disagree: 'المصادر مختلفة' },
};

for (const scheme of ['light', 'dark'] as const) {
  for (const lang of ['en', 'ar'] as Lang[]) {
    describe(`forced colours: badges and tips are drawn (${lang}, ${scheme})`, () => {
      beforeEach(async () => {
        await emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await executeServerCommand('emulate-forced-colors', { active: true });
      });
      afterEach(async () => {
        await executeServerCommand('emulate-forced-colors', { active: false });
        await resetMedia();
      });

      it('draws the "!" beside a disputed node', async () => {
        const el: TarikhTimeline = await render(lang, story, SIZE);
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const badge = $(el, '[data-id="a"] .badge')!;
        expect(badge.textContent).to.equal('!');
        expect(await inkOf(badge)).to.be.above(3);
      });

      it('draws the details panel’s "sources disagree" badge', async () => {
        const el: TarikhTimeline = await render(lang, story, SIZE);
        el.select('a');
        await frames(el);
        const details = () => $(el, 'tarikh-details')?.shadowRoot?.querySelector('.dispute-badge');
        await waitUntil(() => details(), 'the badge');
        const badge = details()!;
        expect(badge.textContent!.trim()).to.equal(T[lang].disagree);
        expect(await inkOf(badge)).to.be.above(20);
      });

      it('draws the tooltip’s title and date', async () => {
        const el: TarikhTimeline = await render(lang, story, SIZE);
        $(el, '.plot')!.focus();
        await sendKeys({ press: 'Tab' });
        await frames(el, 1);
        const tip = $(el, '[part="tooltip"]')!;
        expect(tip, 'tooltip').to.not.equal(null);
        for (const line of tip.children) expect(await inkOf(line), line.textContent!).to.be.above(20);
      });
    });
  }
}
