import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { ListViewController } from '../../../src/elements/timeline/list-view-controller.js';
import { LIST_PAGE } from '../../../src/elements/timeline/list-template.js';
import { toItems } from '../../../src/model/items.js';
import { ShownItems } from '../../../src/model/shown-items.js';
import { datasetWith, dailyEvents } from '../../helpers/datasets.js';
import { fakeHost, loadedLists } from './fake-host.js';

const data = datasetWith(dailyEvents(450));
const items = toItems(data.events);
const shown = new ShownItems();
shown.setAll(items, '', new Set(), data);

describe('ListViewController', () => {
  it('moves to the page of a selected event outside what it lists, and keeps the page it lists otherwise', async () => {
    const host = fakeHost();
    const list = new ListViewController(host, () => {}, await loadedLists(host));
    list.follow(shown, items[410]!.id);
    expect(list.range).to.deep.equal({ start: 2 * LIST_PAGE, end: 450 });
    const updates = host.updates;
    list.follow(shown, items[420]!.id);
    expect(list.range).to.deep.equal({ start: 2 * LIST_PAGE, end: 450 });
    expect(host.updates, 'no update for a selection already listed').to.equal(updates);
    list.restart();
    expect(list.range).to.deep.equal({ start: 0, end: LIST_PAGE });
    host.remove();
  });

  it('lists one more page after its events and moves focus to the first new one', async () => {
    const host = fakeHost();
    const list = new ListViewController(host, () => {}, await loadedLists(host));
    const draw = () => render(list.template(shown, data, 'en', null), host.shadowRoot!);
    draw();
    const entries = () => host.shadowRoot!.querySelectorAll<HTMLElement>('.event-list .list-event');
    expect(entries().length).to.equal(LIST_PAGE);
    const more = [...host.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list-more')].at(-1)!;
    let drawn!: () => void;
    host.updateComplete = new Promise((resolve) => (drawn = () => resolve(true)));
    more.click();
    expect(list.range).to.deep.equal({ start: 0, end: 2 * LIST_PAGE });
    draw();
    drawn();
    await host.updateComplete;
    await Promise.resolve();
    expect(entries().length).to.equal(2 * LIST_PAGE);
    expect(host.shadowRoot!.activeElement).to.equal(entries()[LIST_PAGE]);
    expect(host.shadowRoot!.activeElement!.textContent).to.contain('Event number 200');
    host.remove();
  });

  it('tells which event was chosen in the list, and where it is among the events', async () => {
    const host = fakeHost();
    const chosen: [string, number][] = [];
    const list = new ListViewController(host, (id, index) => chosen.push([id, index]), await loadedLists(host));
    render(list.template(shown, data, 'ar', null), host.shadowRoot!);
    host.shadowRoot!.querySelectorAll<HTMLElement>('.list-event')[3]!.click();
    // On a later page, the position among all the events, not among those the page lists.
    list.follow(shown, items[410]!.id);
    render(list.template(shown, data, 'ar', items[410]!.id), host.shadowRoot!);
    const entry = host.shadowRoot!.querySelector<HTMLElement>('.list-event[aria-current="true"]')!;
    entry.click();
    expect(chosen).to.deep.equal([
      [items[3]!.id, 3],
      [items[410]!.id, 410],
    ]);
    host.remove();
  });
});
