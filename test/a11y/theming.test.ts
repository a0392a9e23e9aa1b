import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TarikhTimeline } from '../../src/index.js';
import { datasetWith } from '../helpers/datasets.js';
import { clientXOf, expectCountsInPills, pilesOfEvents } from '../helpers/plot.js';
import { $, $$, active, frames, HOUR, render, resetMedia, story, text } from './helpers.js';

const dot = (el: TarikhTimeline, id: string) => getComputedStyle($(el, `[data-id="${id}"] .dot`)!).backgroundColor;
const surface = (el: TarikhTimeline) => getComputedStyle(el).backgroundColor;

/** A CSS colour as the browser computes it (system colours included). */
function resolve(color: string): string {
  const probe = document.createElement('div');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('theming', () => {
  afterEach(resetMedia);

  it('has light defaults: white surface, dark text, the accent on an event without a track', async () => {
    const el = await render('en');
    expect(surface(el)).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(el).color).to.equal('rgb(28, 31, 36)');
    expect(dot(el, 'c')).to.equal('rgb(11, 107, 203)');
  });

  it('changes computed colours and fonts when the --tarikh-* properties are set', async () => {
    const el = await render('en');
    el.style.setProperty('--tarikh-surface', 'rgb(1, 2, 3)');
    el.style.setProperty('--tarikh-text', 'rgb(250, 251, 252)');
    el.style.setProperty('--tarikh-accent', 'rgb(4, 5, 6)');
    el.style.setProperty('--tarikh-selection', 'rgb(7, 8, 9)');
    el.style.setProperty('--tarikh-font-family', '"Tarikh Test Arabic", "Tarikh Test Sans"');
    el.select('b');
    await frames(el);
    expect(surface(el)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el).color).to.equal('rgb(250, 251, 252)');
    expect(getComputedStyle(el).fontFamily).to.equal('"Tarikh Test Arabic", "Tarikh Test Sans"');
    expect(dot(el, 'c')).to.equal('rgb(4, 5, 6)');
    expect(dot(el, 'b')).to.equal('rgb(7, 8, 9)');
  });

  it('lays the nodes out again when a theme changes the label font or the node size at run time', async () => {
    /** Each short title whole (a disputed one beside its badge), each dot centred on its event's time. */
    const expectLaidOut = (el: TarikhTimeline, lang: 'ar' | 'en', nodeSize: number, when: string) => {
      const labels = $$(el, '.label');
      expect(labels.length, when).to.equal(3);
      for (const label of labels)
        expect(label.scrollWidth, `${when}: ${text(label)}`).to.be.at.most(label.clientWidth + 1);
      for (const event of story.events) {
        const box = $(el, `[data-id="${event.id}"] .dot`)!.getBoundingClientRect();
        // Within a pixel: a node placed at a fraction of a pixel may measure a hair over its size.
        expect(box.width, when).to.be.closeTo(nodeSize, 0.5);
        // Events dated to a day sit at its middle.
        const at = Date.parse(event.date!) + 12 * HOUR;
        expect(Math.abs(box.left + box.width / 2 - clientXOf(el, lang, at)), `${when}: ${event.id}`).to.be.below(1);
      }
    };
    for (const lang of ['en', 'ar'] as const) {
      const el = await render(lang);
      expectLaidOut(el, lang, 12, `${lang}, default theme`);
      // A theme switched on the page (as the demo's theme buttons do), not on the element.
      const root = document.documentElement;
      root.style.setProperty('--tarikh-font-size', '22px');
      root.style.setProperty('--tarikh-node-size', '20px');
      try {
        await frames(el, 4);
        expectLaidOut(el, lang, 20, `${lang}, larger theme`);
      } finally {
        root.style.removeProperty('--tarikh-font-size');
        root.style.removeProperty('--tarikh-node-size');
      }
      await frames(el, 4);
      expectLaidOut(el, lang, 12, `${lang}, back to the default`);
    }
  });

  it('sizes cluster pills in the font of a theme switched at run time', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const el = await render(lang, datasetWith(pilesOfEvents()), 'width: 1000px; height: 420px');
      const widest = () => Math.max(...expectCountsInPills(el, lang).map((p) => p.offsetWidth));
      const before = widest();
      const root = document.documentElement;
      root.style.setProperty('--tarikh-font-size', '22px');
      try {
        await frames(el, 4);
        expect(widest(), `${lang}, larger font`).to.be.above(before);
      } finally {
        root.style.removeProperty('--tarikh-font-size');
      }
      await frames(el, 4);
      expect(widest(), `${lang}, back to the default`).to.equal(before);
    }
  });

  it('leaves each label the gap --tarikh-spacing puts between it and its dot, set before or after the data', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const el = await render(lang, story, 'width: 900px; height: 360px; --tarikh-spacing: 16px');
      const whole = (when: string) => {
        const labels = $$(el, '.label');
        expect(labels.length, when).to.equal(3);
        for (const label of labels)
          expect(label.scrollWidth, `${when}: ${text(label)}`).to.be.at.most(label.clientWidth + 1);
      };
      whole(`${lang}, 16 px spacing`);
      el.style.setProperty('--tarikh-spacing', '24px');
      await frames(el, 4);
      whole(`${lang}, 24 px spacing`);
    }
  });

  it('uses the Arabic font stack under lang="ar", and --tarikh-font-family-ar changes it', async () => {
    const el = await render('ar');
    // The test page sets its own stack (web-test-runner.config.mjs); `initial` unsets it here.
    el.style.setProperty('--tarikh-font-family-ar', 'initial');
    expect(getComputedStyle(el).fontFamily).to.match(/^"Noto Sans Arabic Variable", "Noto Sans Arabic", "SF Arabic"/);
    el.style.setProperty('--tarikh-font-family-ar', '"Tarikh Test Arabic", "Tarikh Test Sans"');
    expect(getComputedStyle(el).fontFamily).to.equal('"Tarikh Test Arabic", "Tarikh Test Sans"');
  });

  it('colours tracks from the palette in dataset order; --tarikh-track-<id>-color overrides one', async () => {
    const el = await render('en');
    expect(dot(el, 'a')).to.equal('rgb(11, 107, 203)'); // first track: palette colour 1
    expect(dot(el, 'b')).to.equal('rgb(181, 71, 8)'); // second track: palette colour 2
    el.style.setProperty('--tarikh-track-color-2', 'rgb(10, 20, 30)');
    expect(dot(el, 'b')).to.equal('rgb(10, 20, 30)');
    el.style.setProperty('--tarikh-track-war-color', 'rgb(40, 50, 60)');
    expect(dot(el, 'b')).to.equal('rgb(40, 50, 60)');
    expect(dot(el, 'a')).to.equal('rgb(11, 107, 203)');
  });

  it('switches to dark defaults under prefers-color-scheme: dark, unless the page sets the property', async () => {
    const el = await render('en');
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(el)).to.equal('rgb(22, 24, 29)');
    expect(getComputedStyle(el).color).to.equal('rgb(232, 234, 237)');
    expect(dot(el, 'c')).to.equal('rgb(108, 180, 255)');
    el.style.setProperty('--tarikh-surface', 'rgb(1, 2, 3)');
    expect(surface(el)).to.equal('rgb(1, 2, 3)');
  });

  it('keeps focus visible in forced-colors mode: a thicker ring in the system Highlight colour', async () => {
    const el = await render('en');
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    $(el, '.plot')!.focus();
    await sendKeys({ press: 'Tab' });
    await frames(el, 1);
    const node = active(el)!;
    expect(node.classList.contains('event')).to.equal(true);
    const style = getComputedStyle(node);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
    expect(style.outlineColor).to.equal(resolve('Highlight'));
    // Dots keep their shape in the system text colour instead of being painted over.
    expect(getComputedStyle($(el, '[data-id="c"] .dot')!).backgroundColor).to.equal(resolve('ButtonText'));
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('drops zoom and CSS animation under prefers-reduced-motion', async () => {
    const el = await render('en');
    el.select('a');
    await frames(el);
    const toggle = $(el, 'tarikh-details')!.shadowRoot!.querySelector<HTMLElement>('.toggle, .read')!;
    expect(getComputedStyle(el).getPropertyValue('--_duration').trim()).to.equal('450ms');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(el).getPropertyValue('--_duration').trim()).to.equal('0ms');
    expect(getComputedStyle(toggle).transitionDuration).to.equal('0s');
    expect(getComputedStyle(toggle, '::after').transitionDuration).to.equal('0s');
  });

  it('gives a node a pointer target of at least 24 × 24 px around its dot, and controls 32 px', async () => {
    const el = await render('en');
    const box = $(el, '[data-id="b"] .dot')!.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    for (const [dx, dy] of [
      [-11.5, 0],
      [11.5, 0],
      [0, -11.5],
      [0, 11.5],
    ] as const) {
      const hit = el.shadowRoot!.elementFromPoint(x + dx, y + dy)?.closest<HTMLElement>('.event');
      expect(hit?.dataset.id, `${dx},${dy}`).to.equal('b');
    }
    for (const button of el.shadowRoot!.querySelectorAll('.controls button')) {
      const rect = button.getBoundingClientRect();
      expect(Math.min(rect.width, rect.height)).to.be.at.least(32);
    }
  });
});
