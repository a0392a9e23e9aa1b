import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../../../src/elements/details/define.js';
import { KeyboardController } from '../../../src/elements/timeline/keyboard-controller.js';
import { toItems } from '../../../src/model/items.js';
import { ShownItems } from '../../../src/model/shown-items.js';
import { physicalX, type View } from '../../../src/time/view.js';
import { datasetWith, dailyEvents } from '../../helpers/datasets.js';
import { fakeHost } from './fake-host.js';

const DAY = 86_400_000;

/** Keys over 20 daily events drawn as buttons, with what each action asked for recorded. */
function keyboard({ rtl = false } = {}) {
  const host = fakeHost();
  const data = datasetWith(dailyEvents(20));
  const shown = new ShownItems();
  shown.setAll(toItems(data.events), '', new Set(), data);
  const first = shown.all[0]!.at;
  const view: View = { start: first - DAY, end: first + 20 * DAY, width: 800, rtl };
  const asked: string[] = [];
  const selection = {
    focusId: null as string | null,
    drawnCluster: () => undefined,
    clusterAnchor: () => -1,
    clusterHolding: () => undefined,
    bringIntoView: (id: string) => asked.push(`into view ${id}`),
    close: (returnFocus: boolean) => asked.push(`close ${returnFocus}`),
    nodeFocus: { focusWhenDrawn: (id: string) => asked.push(`focus ${id}`) },
  };
  const keys = new KeyboardController(host, {
    shown,
    selection: selection as never,
    window: {
      view: () => view,
      zoomAround: (factor: number, _animate: boolean, x?: number) => asked.push(`zoom ${factor} at ${x}`),
      fit: () => asked.push('fit'),
    },
    zoom: { panBy: (dx: number) => asked.push(`pan ${dx}`) },
    width: () => 800,
    rtl: () => rtl,
    listCluster: (key) => asked.push(`list ${key}`),
  });
  render(
    html`<div @keydown=${keys.onKeyDown}>
      ${shown.all.map((item) => html`<button class="event" data-id=${item.id}></button>`)}
      <tarikh-details><button class="inside"></button></tarikh-details>
    </div>`,
    host.shadowRoot!,
  );
  const press = (key: string, target: Element) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  };
  const node = (id: string) => host.shadowRoot!.querySelector(`.event[data-id="${id}"]`)!;
  return { host, press, node, asked, selection, view, shown };
}

describe('KeyboardController', () => {
  it('zooms around the focused event, as a wheel zooms around the pointer', () => {
    const { host, press, node, asked, view, shown } = keyboard();
    expect(press('+', node('e4')).defaultPrevented).to.equal(true);
    expect(asked).to.deep.equal([`zoom 2 at ${physicalX(view, shown.all[4]!.at)}`]);
    press('-', host.shadowRoot!.querySelector('div')!);
    expect(asked[1]).to.equal('zoom 0.5 at undefined');
    host.remove();
  });

  it('moves focus to the next event in time with the arrow towards later time, whichever the direction', () => {
    const ltr = keyboard();
    ltr.press('ArrowRight', ltr.node('e4'));
    expect(ltr.selection.focusId).to.equal('e5');
    expect(ltr.asked).to.deep.equal(['into view e5', 'focus e5']);
    ltr.host.remove();
    const rtl = keyboard({ rtl: true });
    rtl.press('ArrowRight', rtl.node('e4'));
    expect(rtl.selection.focusId).to.equal('e3');
    rtl.press('End', rtl.node('e3'));
    expect(rtl.selection.focusId).to.equal('e19');
    rtl.host.remove();
  });

  it('pans with the arrows off the nodes, and fits with 0', () => {
    const { host, press, asked } = keyboard();
    const plot = host.shadowRoot!.querySelector('div')!;
    press('ArrowLeft', plot);
    press('0', plot);
    expect(asked).to.deep.equal(['pan 160', 'fit']);
    host.remove();
  });

  it('leaves Escape alone with nothing selected, and closes the selection with focus back on its node', () => {
    const { host, press, node, asked } = keyboard();
    expect(press('Escape', node('e2')).defaultPrevented).to.equal(false);
    host.selected = 'e2';
    expect(press('Escape', node('e2')).defaultPrevented).to.equal(true);
    host.selected = 'e2';
    press('Escape', node('e7'));
    expect(asked).to.deep.equal(['close true', 'close false']);
    host.remove();
  });

  it('leaves the keys pressed inside the details panel to the panel', () => {
    const { host, press, asked } = keyboard();
    host.selected = 'e2';
    const inside = host.shadowRoot!.querySelector('.inside')!;
    expect(press('Escape', inside).defaultPrevented).to.equal(false);
    press('+', inside);
    expect(asked).to.deep.equal([]);
    host.remove();
  });
});
