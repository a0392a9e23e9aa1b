import { expect } from '@open-wc/testing';
import { Announcer } from '../../../src/elements/timeline/announcer.js';
import { EventNames } from '../../../src/elements/timeline/event-names.js';
import { SelectionController } from '../../../src/elements/timeline/selection-controller.js';
import type { DrawnEvent } from '../../../src/layout/frame.js';
import { toItems, type TimelineItem } from '../../../src/model/items.js';
import { ShownItems } from '../../../src/model/shown-items.js';
import type { View } from '../../../src/time/view.js';
import { datasetWith, dailyEvents } from '../../helpers/datasets.js';
import { fakeHost } from './fake-host.js';

const DAY = 86_400_000;

/** Selection over 40 daily events, with a window of days 0–10 in which `placed` events are drawn on their own. */
function selection({
  ready = true,
  placed = (_index: number, _start: number, _end: number): boolean => true,
  shift = 0,
} = {}) {
  const host = fakeHost();
  const data = datasetWith(dailyEvents(40));
  const shown = new ShownItems();
  shown.setAll(toItems(data.events), '', new Set(), data);
  const first = shown.all[0]!.at;
  let view: View = { start: first + shift, end: first + 10 * DAY + shift, width: 800, rtl: false };
  const zooms: [number, number][] = [];
  const announcer = new Announcer(host, () => 0);
  const controller = new SelectionController(host, {
    shown,
    frames: {
      placedAt: placed,
      // Every event counts as drawn on its own node, at its index.
      eventAt: (_view: View, id: string) => {
        const index = shown.items.findIndex((item) => item.id === id);
        return index < 0 ? undefined : ({ index, item: shown.items[index]! } as DrawnEvent<TimelineItem>);
      },
      clusterAt: () => undefined,
      clusterHolding: () => undefined,
    },
    window: {
      view: () => view,
      zoomTo: (a: Date, b: Date) => {
        zooms.push([+a, +b]);
        view = { ...view, start: +a, end: +b };
      },
    },
    names: new EventNames(() => undefined),
    announcer,
    language: () => 'en',
    width: () => 800,
    nodeRadius: () => 6,
    ready: () => ready,
    plot: () => null,
    listCluster: () => {},
  });
  const selects: (string | null)[] = [];
  host.addEventListener('tarikh-select', (e) => selects.push((e as CustomEvent<{ id: string | null }>).detail.id));
  return { host, controller, shown, zooms, selects, announcer, first };
}

describe('SelectionController', () => {
  it('selects an event, tells the page once and says it in the live region', () => {
    const { host, controller, selects, announcer } = selection();
    controller.select('e3', true);
    controller.select('e3', true);
    expect(host.selected).to.equal('e3');
    expect(selects).to.deep.equal(['e3']);
    expect(announcer.text).to.equal('Selected: Event number 3, 4 September 2023');
    expect(controller.focusId, 'the tab stop follows the selection').to.equal('e3');
    controller.close(false);
    expect(host.selected).to.equal(null);
    expect(selects).to.deep.equal(['e3', null]);
    expect(announcer.text).to.equal('Selection cleared');
    host.remove();
  });

  it('tells the events shown where a focused, hovered or pressed node’s event is, so it is not looked for', () => {
    const { host, controller, shown } = selection();
    const told: [string, number][] = [];
    const remember = shown.rememberIndex.bind(shown);
    shown.rememberIndex = (id, index) => (told.push([id, index]), remember(id, index));
    const node = document.createElement('button');
    node.dataset.id = 'e7';
    node.addEventListener('focus', controller.onEventFocus);
    node.addEventListener('click', controller.onEventClick);
    node.addEventListener('pointerenter', controller.onEventPointerEnter);
    host.shadowRoot!.append(node);
    node.focus();
    node.dispatchEvent(new PointerEvent('pointerenter'));
    node.click();
    const at = shown.items.findIndex((item) => item.id === 'e7');
    expect(told).to.deep.equal([
      ['e7', at],
      ['e7', at],
      ['e7', at],
    ]);
    expect([controller.focusId, controller.tipId, host.selected]).to.deep.equal(['e7', 'e7', 'e7']);
    host.remove();
  });

  it('tells the events shown where an event chosen in a list is, and selects it', () => {
    const { host, controller, shown } = selection();
    const told: [string, number][] = [];
    const remember = shown.rememberIndex.bind(shown);
    shown.rememberIndex = (id, index) => (told.push([id, index]), remember(id, index));
    const at = (id: string) => shown.items.findIndex((item) => item.id === id);
    controller.chooseInListView('e5', at('e5'));
    expect(host.selected).to.equal('e5');
    controller.chooseInList('e8', at('e8'));
    expect(host.selected).to.equal('e8');
    expect(told).to.deep.equal([
      ['e5', at('e5')],
      ['e8', at('e8')],
    ]);
    host.remove();
  });

  it('keeps a selection made before the data arrives, and drops an unknown one the reader made', () => {
    const early = selection({ ready: false });
    early.controller.select('treaty', false);
    expect(early.host.selected).to.equal('treaty');
    expect(early.selects).to.deep.equal([]);
    early.host.remove();
    const { host, controller, selects } = selection();
    controller.select('e2', true);
    controller.select('no-such-event', true);
    expect(host.selected).to.equal(null);
    expect(selects).to.deep.equal(['e2', null]);
    host.remove();
  });

  it('pans to a selected event out of view, keeping the span of the window', () => {
    const { host, controller, zooms, shown } = selection();
    controller.select('e30', true);
    expect(zooms).to.have.length(1);
    const [a, b] = zooms[0]!;
    expect(b - a).to.equal(10 * DAY);
    expect((a + b) / 2).to.equal(shown.all[30]!.at);
    host.remove();
  });

  it('zooms in around a selected event in a cluster until it is drawn on its own', () => {
    // Drawn on its own only in windows of two days or less.
    const { host, controller, zooms, shown } = selection({ placed: (_i, start, end) => end - start <= 2 * DAY });
    controller.select('e5', true);
    const [a, b] = zooms.at(-1)!;
    expect(b - a).to.be.at.most(2 * DAY);
    expect(b - a).to.be.above((2 * DAY) / 1.5);
    expect(shown.all[5]!.at).to.be.within(a, b);
    host.remove();
  });

  it('leaves the window alone for a selected event already drawn on its own', () => {
    const { host, controller, zooms } = selection();
    controller.select('e4', true);
    expect(zooms).to.deep.equal([]);
    host.remove();
  });

  it("counts a node cut by the plot's edge as in view, and one past it by more than its radius as out of view", () => {
    const HOUR = 3_600_000;
    // 80 px a day: an hour is 3.3 px, inside a 6 px radius; three hours are 10 px, outside it.
    const cut = selection({ shift: -HOUR });
    cut.controller.select('e10', true);
    expect(cut.zooms, 'the window stays put').to.deep.equal([]);
    cut.host.remove();
    const past = selection({ shift: -3 * HOUR });
    past.controller.select('e10', true);
    expect(past.zooms).to.have.length(1);
    past.host.remove();
  });
});
