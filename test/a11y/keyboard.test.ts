import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TarikhTimeline } from '../../src/index.js';
import { moveTarget, rovingStop } from '../../src/controllers/keyboard.js';
import { CLUSTER_LIST_PAGE, clusterListShown, listWindow } from '../../src/elements/timeline/list-template.js';
import { datasetWith } from '../helpers/datasets.js';
import { $, $$, active, frames, HOUR, render, resetMedia, type Lang } from './helpers.js';

/** 200 events ten minutes apart: clustered when the whole set is shown, apart over two hours. */
const dense = datasetWith(
  Array.from({ length: 200 }, (_, i) => ({
    date: new Date(Date.UTC(2023, 8, 10) + i * 10 * 60_000).toISOString().slice(0, 16) + 'Z',
  })),
);

/** Thirty events in the same minute: still a cluster at the deepest zoom (an hour across). */
const pile = datasetWith(
  Array.from({ length: 30 }, (_, i) => ({ date: '2023-09-10T12:00Z', title: { ar: `حدث ${i}`, en: `Pile ${i}` } })),
);

/** 250 events in the same minute: more than a cluster list renders at once. */
const bigPile = datasetWith(
  Array.from({ length: 250 }, (_, i) => ({ date: '2023-09-10T12:00Z', title: { ar: `حدث ${i}`, en: `Pile ${i}` } })),
);

const focusedId = (el: TarikhTimeline) => active(el)?.dataset.id ?? null;

describe('list view pages (pure)', () => {
  it('shows the range asked for, the selected entry’s page when it is outside, and the last page past the end', () => {
    expect(listWindow(450, { start: 0, end: 200 }, -1, 200)).to.deep.equal({ start: 0, end: 200 });
    expect(listWindow(450, { start: 0, end: 200 }, 150, 200)).to.deep.equal({ start: 0, end: 200 });
    expect(listWindow(450, { start: 0, end: 200 }, 420, 200)).to.deep.equal({ start: 400, end: 450 });
    expect(listWindow(450, { start: 200, end: 600 }, -1, 200)).to.deep.equal({ start: 200, end: 450 });
    // The list got shorter than where the reader was.
    expect(listWindow(50, { start: 200, end: 400 }, -1, 200)).to.deep.equal({ start: 0, end: 50 });
    expect(listWindow(250, { start: 400, end: 600 }, -1, 200)).to.deep.equal({ start: 50, end: 250 });
    expect(listWindow(0, { start: 0, end: 200 }, -1, 200)).to.deep.equal({ start: 0, end: 0 });
  });
});

describe('cluster list pages (pure)', () => {
  it('renders a page at a time, and always the page of the selected event', () => {
    expect(clusterListShown(30, CLUSTER_LIST_PAGE, -1)).to.equal(30);
    expect(clusterListShown(250, 100, -1)).to.equal(100);
    expect(clusterListShown(250, 200, 3)).to.equal(200);
    expect(clusterListShown(250, 100, 99)).to.equal(100);
    expect(clusterListShown(250, 100, 100)).to.equal(200);
    expect(clusterListShown(250, 100, 249)).to.equal(250);
  });
});

describe('keyboard order (pure)', () => {
  it('moves right to later in ltr and to earlier in rtl, skipping a cluster’s run', () => {
    expect(moveTarget('right', [3, 4], 10, false)).to.equal(4);
    expect(moveTarget('right', [3, 4], 10, true)).to.equal(2);
    expect(moveTarget('left', [3, 4], 10, true)).to.equal(4);
    expect(moveTarget('right', [2, 7], 10, false)).to.equal(7);
    expect(moveTarget('left', [2, 7], 10, false)).to.equal(1);
    expect(moveTarget('first', [2, 7], 10, false)).to.equal(0);
    expect(moveTarget('last', null, 10, true)).to.equal(9);
  });

  it('puts the tab stop on the cluster holding the focused event, else on the earliest node', () => {
    const clusters = [{ ranges: [[0, 5]] as [number, number][] }];
    expect(rovingStop([{ index: 6 }], clusters, [3, -1])).to.deep.equal({ kind: 'cluster', position: 0 });
    expect(rovingStop([{ index: 6 }], clusters, [6])).to.deep.equal({ kind: 'event', index: 6 });
    expect(rovingStop([{ index: 6 }], clusters, [-1, -1])).to.deep.equal({ kind: 'cluster', position: 0 });
  });
});

for (const lang of ['en', 'ar'] as Lang[]) {
  describe(`keyboard (${lang})`, () => {
    beforeEach(() => emulateMedia({ reducedMotion: 'reduce' }));
    afterEach(resetMedia);

    it('makes the events one tab stop', async () => {
      const el = await render(lang);
      expect($$(el, '.event[tabindex="0"]')).to.have.length(1);
      $(el, '.plot')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedId(el)).to.equal('a');
      await sendKeys({ press: 'Tab' });
      expect(active(el)?.classList.contains('event') ?? false).to.equal(false);
    });

    it(`moves to the ${lang === 'en' ? 'later' : 'earlier'} event with ArrowRight and back with ArrowLeft`, async () => {
      const el = await render(lang);
      $(el, '[data-id="b"]')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await frames(el);
      expect(focusedId(el)).to.equal(lang === 'en' ? 'c' : 'a');
      await sendKeys({ press: 'ArrowLeft' });
      await frames(el);
      expect(focusedId(el)).to.equal('b');
      await sendKeys({ press: 'ArrowLeft' });
      await frames(el);
      expect(focusedId(el)).to.equal(lang === 'en' ? 'a' : 'c');
    });

    it('goes to the first and last events with Home and End, selects with Enter and closes with Escape', async () => {
      const el = await render(lang);
      $(el, '[data-id="b"]')!.focus();
      await sendKeys({ press: 'End' });
      await frames(el);
      expect(focusedId(el)).to.equal('c');
      await sendKeys({ press: 'Home' });
      await frames(el);
      expect(focusedId(el)).to.equal('a');
      await sendKeys({ press: 'Enter' });
      await frames(el);
      expect(el.selected).to.equal('a');
      await sendKeys({ press: 'Escape' });
      await frames(el);
      expect(el.selected).to.equal(null);
      expect(focusedId(el)).to.equal('a');
    });

    it('moves focus to the cluster that holds the focused event when zooming out clusters it', async () => {
      const el = await render(lang, dense);
      el.fit();
      await frames(el);
      const drawn = new Set($$(el, '.event').map((n) => n.dataset.id));
      const i = Array.from({ length: 200 }, (_, i) => i).find((i) => !drawn.has(`e${i}`))!;
      const hidden = `e${i}`;
      // Zoomed in to an hour around it, the event is drawn on its own.
      const at = Date.UTC(2023, 8, 10) + i * 10 * 60_000;
      el.zoomTo(new Date(at - 30 * 60_000), new Date(at + 30 * 60_000), { animate: false });
      await frames(el);
      $(el, `.event[data-id="${hidden}"]`)!.focus();
      expect(focusedId(el)).to.equal(hidden);
      el.fit();
      await frames(el);
      const node = active(el);
      expect(node?.classList.contains('cluster') ?? false).to.equal(true);
      expect(node?.getAttribute('tabindex')).to.equal('0');
      expect(Number(node?.dataset.count)).to.be.above(1);
    });

    it('reaches clusters with the arrow keys, in time order, and leaves them on the far side', async () => {
      const el = await render(lang, dense);
      el.fit();
      await frames(el);
      $(el, '.plot')!.focus();
      await sendKeys({ press: 'Tab' });
      await frames(el);
      const visited: string[] = [];
      const later = lang === 'en' ? 'ArrowRight' : 'ArrowLeft';
      for (let i = 0; i < 12; i += 1) {
        const node = active(el);
        visited.push(node?.classList.contains('cluster') ? `cluster:${node.dataset.key}` : `event:${node?.dataset.id}`);
        await sendKeys({ press: later });
        await frames(el);
      }
      expect(visited.some((v) => v.startsWith('cluster:'))).to.equal(true);
      // Never back to a node already left behind.
      const firstSeen = visited.filter((v, i) => visited.indexOf(v) === i);
      const runs = visited.filter((v, i) => i === 0 || visited[i - 1] !== v);
      expect(runs).to.deep.equal(firstSeen);
    });

    it('lists a cluster’s events at the deepest zoom; choosing one selects it', async () => {
      const el = await render(lang, pile);
      el.zoomTo(new Date('2023-09-10T11:30Z'), new Date('2023-09-10T12:30Z'), { animate: false });
      await frames(el);
      expect(+el.visibleRange.end - +el.visibleRange.start).to.be.at.most(HOUR * 1.05);
      const cluster = $(el, '.cluster')!;
      expect(cluster.getAttribute('aria-label')).to.match(lang === 'en' ? /activate to list them/ : /لعرض قائمتها/);
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      await frames(el);
      const list = $(el, '[part="cluster-list"]');
      expect(list?.getAttribute('role')).to.equal('listbox');
      const options = $$(el, '[part="cluster-list"] [role="option"]');
      expect(options.length).to.equal(Number(cluster.dataset.count));
      expect(active(el) === options[0]).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el) === options[1]).to.equal(true);
      const selected = oneEvent(el, 'tarikh-select');
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail.id).to.equal(options[1]!.dataset.id);
      await frames(el);
      expect($(el, '[part="cluster-list"]') === null).to.equal(true);
    });

    it('lists a cluster of 250 events a hundred at a time, the next hundred on demand', async () => {
      const el = await render(lang, bigPile);
      el.zoomTo(new Date('2023-09-10T11:30Z'), new Date('2023-09-10T12:30Z'), { animate: false });
      await frames(el);
      const cluster = $(el, '.cluster')!;
      const count = Number(cluster.dataset.count);
      expect(count).to.be.within(240, 250);
      cluster.focus();
      await sendKeys({ press: 'Enter' });
      await frames(el);
      const list = $(el, '[part="cluster-list"]')!;
      expect(list.getAttribute('aria-label')).to.include(String(count));
      let options = $$(el, '[part="cluster-list"] [role="option"]:not([data-more])');
      expect(options.length).to.equal(100);
      expect(options[99]!.getAttribute('aria-posinset')).to.equal('100');
      expect(options[99]!.getAttribute('aria-setsize')).to.equal(String(count));
      const more = $(el, '[part="cluster-more"]')!;
      expect(more.textContent!.trim()).to.equal(
        lang === 'en' ? `Show 100 more (${count - 100} not shown)` : `عرض المزيد (100 من ${count - 100} متبقية)`,
      );
      // End reaches the "more" option, Enter renders the next page and focuses its first event.
      await sendKeys({ press: 'End' });
      expect(active(el)?.dataset.more).to.equal('');
      await sendKeys({ press: 'Enter' });
      await frames(el);
      options = $$(el, '[part="cluster-list"] [role="option"]:not([data-more])');
      expect(options.length).to.equal(200);
      expect(active(el) === options[100]).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      expect(active(el) === options[101]).to.equal(true);
      // The last page, by pointer: every event listed once, and no "more" option left.
      $(el, '[part="cluster-more"]')!.click();
      await frames(el);
      options = $$(el, '[part="cluster-list"] [role="option"]');
      expect(options.length).to.equal(count);
      expect(new Set(options.map((o) => o.dataset.id)).size).to.equal(count);
      expect($(el, '[part="cluster-more"]') === null).to.equal(true);
      const selected = oneEvent(el, 'tarikh-select');
      options[count - 1]!.click();
      expect((await selected).detail.id).to.equal(options[count - 1]!.dataset.id);
    });

    it('lists any cluster’s events with Shift+Enter, and Escape returns to the cluster', async () => {
      const el = await render(lang, dense);
      el.fit();
      await frames(el);
      const cluster = $(el, '.cluster')!;
      cluster.focus();
      const span = +el.visibleRange.end - +el.visibleRange.start;
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await frames(el);
      expect($$(el, '[part="cluster-list"] [role="option"]').length).to.equal(Number(cluster.dataset.count));
      expect(+el.visibleRange.end - +el.visibleRange.start).to.equal(span);
      await sendKeys({ press: 'Escape' });
      await frames(el);
      expect($(el, '[part="cluster-list"]') === null).to.equal(true);
      expect(active(el)?.dataset.key).to.equal(cluster.dataset.key);
    });
  });
}
