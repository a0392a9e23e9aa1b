import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/time/format.js';
import { axisTicks, chooseRung, LABEL_GAP } from '../../src/time/ticks.js';

const DAY = 86_400_000;
const measure = (text: string) => text.length * 7;

describe('axis ticks', () => {
  it('labels days over a month-long window, with the month named in the context tier', () => {
    const start = Date.UTC(2023, 8, 1);
    const ticks = axisTicks(start, start + 30 * DAY, 1200, 'en', measure);
    expect(ticks.rung.name).to.equal('day');
    expect(ticks.fine[12]!.label).to.equal('13');
    expect(ticks.context[0]!.label).to.equal('September 2023');
  });

  it('uses Arabic month names in Arabic', () => {
    const start = Date.UTC(2023, 8, 1);
    const ticks = axisTicks(start, start + 30 * DAY, 1200, 'ar', measure);
    expect(ticks.context[0]!.label).to.equal('سبتمبر 2023');
  });

  it('moves to coarser ticks as pixels get scarce, so labels never crowd', () => {
    const span = 300 * DAY;
    for (const width of [200, 400, 800, 1600, 3200]) {
      const rung = chooseRung(span / width, 'en', measure);
      const pxPerStep = rung.duration / (span / width);
      const widest = Math.max(
        ...Array.from({ length: 12 }, (_, m) => measure(formatDate(Date.UTC(2023, m, 30, 23, 55), rung.label, 'en'))),
      );
      expect(pxPerStep, `${width}px`).to.be.at.least(widest + LABEL_GAP);
    }
  });

  it('shows hours over a single day', () => {
    const start = Date.UTC(2024, 5, 19);
    const ticks = axisTicks(start, start + DAY, 1000, 'en', measure);
    expect(ticks.fine.some((t) => t.label === '12:00')).to.equal(true);
    expect(ticks.context[0]!.label).to.equal('19 June 2024');
  });
});
