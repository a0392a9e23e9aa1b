import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { windowAnnouncement } from '../../src/elements/timeline/live-region.js';
import { $, frames, render, resetMedia, text, type Lang } from './helpers.js';

const region = (el: Element) => $(el, '[role="status"][aria-live="polite"]');

describe('live region', () => {
  beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(resetMedia);

  it('words a window to the precision its width warrants', () => {
    const day = 86_400_000;
    const sep = Date.UTC(2023, 8, 15);
    expect(windowAnnouncement(sep, Date.UTC(2024, 5, 10), 'en')).to.equal('Showing September 2023 – June 2024');
    expect(windowAnnouncement(sep, sep + 10 * day, 'en')).to.equal('Showing 15 September 2023 – 25 September 2023');
    expect(windowAnnouncement(sep, sep + 3_600_000, 'en')).to.equal(
      'Showing 15 September 2023, 00:00 – 15 September 2023, 01:00',
    );
    // Over decades and centuries, years only: a month of the year 11 would read as a day ("May 11").
    const year11 = new Date(0).setUTCFullYear(11, 4, 15);
    expect(windowAnnouncement(Date.UTC(2011, 4, 15), Date.UTC(2024, 5, 10), 'en')).to.equal('Showing 2011 – 2024');
    expect(windowAnnouncement(year11, Date.UTC(2165, 5, 18), 'en')).to.equal('Showing 11 – 2165');
    expect(windowAnnouncement(year11, Date.UTC(2165, 5, 18), 'ar')).to.equal('المعروض من 11 إلى 2165');
    expect(windowAnnouncement(new Date(0).setUTCFullYear(-500, 0, 1), Date.UTC(2024, 0, 1), 'en')).to.equal(
      'Showing 501 BC – 2024',
    );
    expect(windowAnnouncement(Date.UTC(2015, 4, 15), Date.UTC(2024, 5, 10), 'en')).to.equal(
      'Showing May 2015 – June 2024',
    );
  });

  for (const lang of ['en', 'ar'] as Lang[]) {
    it(`is a visually hidden polite status (${lang})`, async () => {
      const el = await render(lang);
      const live = region(el)!;
      expect(live.getAttribute('aria-atomic')).to.equal('true');
      expect(live.getBoundingClientRect().width).to.be.at.most(1);
    });

    it(`announces the window when a zoom settles (${lang})`, async () => {
      const el = await render(lang);
      const settled = oneEvent(el, 'tarikh-range-change');
      el.zoomTo(new Date('2023-09-15'), new Date('2024-06-10'), { animate: false });
      await settled;
      await el.updateComplete;
      expect(text(region(el))).to.equal(
        lang === 'en' ? 'Showing September 2023 – June 2024' : 'المعروض من سبتمبر 2023 إلى يونيو 2024',
      );
    });

    it(`announces the selected event with its date and track (${lang})`, async () => {
      const el = await render(lang);
      el.select('b');
      await frames(el);
      expect(text(region(el))).to.include(
        lang === 'en' ? 'Selected: Second, 1 December 2023, War' : 'المحدَّد: الحدث الثاني، 1 ديسمبر 2023، حرب',
      );
      el.select(null);
      await frames(el);
      // The panel closing widens the plot; the window it settles on may follow in the same message.
      expect(text(region(el)).startsWith(lang === 'en' ? 'Selection cleared' : 'أُلغي التحديد')).to.equal(true);
    });
  }
});
