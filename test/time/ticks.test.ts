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

  it('gives each fine tick its own time, in order (the axis keeps a tick’s element by its time)', () => {
    const start = Date.UTC(2023, 8, 13, 7, 30);
    for (const span of [3_600_000, DAY, 9 * DAY, 300 * DAY, 40 * 365 * DAY]) {
      for (const width of [320, 1200]) {
        const times = axisTicks(start, start + span, width, 'en', measure).fine.map((t) => t.time);
        expect(times.length, `${span} over ${width}px`).to.be.above(1);
        times.forEach((t, i) => i > 0 && expect(t, `${span} over ${width}px`).to.be.above(times[i - 1]!));
      }
    }
  });

  it('shows hours over a single day', () => {
    const start = Date.UTC(2024, 5, 19);
    const ticks = axisTicks(start, start + DAY, 1000, 'en', measure);
    expect(ticks.fine.some((t) => t.label === '12:00')).to.equal(true);
    expect(ticks.context[0]!.label).to.equal('19 June 2024');
  });
});

describe('early years', () => {
  const at = (year: number, month = 5, day = 19) => new Date(0).setUTCFullYear(year, month, day);

  it('writes years before 1000 without leading zeros, in both languages', () => {
    expect(formatDate(at(70), 'd MMMM yyyy', 'en')).to.equal('19 June 70');
    expect(formatDate(at(70), 'd MMMM yyyy', 'ar')).to.equal('19 يونيو 70');
    expect(formatDate(at(999), 'yyyy', 'en')).to.equal('999');
    expect(formatDate(at(1000), 'yyyy', 'en')).to.equal('1000');
    expect(formatDate(at(2024), 'MMMM yyyy', 'en')).to.equal('June 2024');
  });

  it('gives years before the year 1 their era, counted back from 1 BC', () => {
    expect(formatDate(at(-100), 'yyyy', 'en')).to.equal('101 BC');
    expect(formatDate(at(-100), 'yyyy', 'ar')).to.equal('101 ق.م.');
    expect(formatDate(at(0), 'd MMMM yyyy', 'en')).to.equal('19 June 1 BC');
    expect(formatDate(at(1, 0, 1), 'yyyy', 'en')).to.equal('1');
  });

  it('labels an axis reaching back before the year 1 with eras where needed and no zero-padded years', () => {
    const ticks = axisTicks(at(-300, 0, 1), at(700, 0, 1), 1200, 'en', measure);
    const labels = ticks.fine.map((t) => t.label);
    expect(labels).to.include('101 BC');
    expect(labels).to.include('100');
    expect(labels.some((label) => /^0\d/.test(label))).to.equal(false);
    // Astronomical year 0 is 1 BC: no label says "0", and none is repeated.
    expect(labels).not.to.include('0');
    expect(new Set(labels).size).to.equal(labels.length);
  });
});
