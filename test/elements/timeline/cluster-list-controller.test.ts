import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { ClusterListController } from '../../../src/elements/timeline/cluster-list-controller.js';
import { CLUSTER_LIST_PAGE } from '../../../src/elements/timeline/list-template.js';
import type { DrawnCluster } from '../../../src/layout/frame.js';
import { toItems } from '../../../src/model/items.js';
import { datasetWith, eventsEvery } from '../../helpers/datasets.js';
import { fakeHost, loadedLists } from './fake-host.js';

const items = toItems(datasetWith(eventsEvery(250, 0.001)).events);
const drawn: DrawnCluster = {
  key: 'c0',
  cluster: { ranges: [[0, 250]], count: 250, first: items[0]!.at, last: items.at(-1)!.at, width: 40 },
  left: 500,
  width: 40,
};

/** A cluster node and, once opened, its list, drawn into a fake host; `draw` renders again. */
async function clusterList() {
  const host = fakeHost();
  const chosen: string[] = [];
  const list = new ClusterListController(host, (id) => chosen.push(id), await loadedLists(host));
  const draw = () =>
    render(
      html`<button class="cluster" data-key="c0"></button> ${list.template({
          clusters: [drawn],
          items,
          lang: 'en',
          selected: null,
          nameOf: (item) => item.event.title.en,
          width: 640,
          height: 400,
          axisHeight: 44,
          laneHeight: 28,
        })}`,
      host.shadowRoot!,
    );
  // Each update the controller asks for draws at once, and then its updateComplete settles.
  host.requestUpdate = () => {
    host.updates += 1;
    host.updateComplete = Promise.resolve().then(() => (draw(), true));
  };
  draw();
  const options = () => host.shadowRoot!.querySelectorAll<HTMLElement>('.cluster-list [role="option"]');
  return { host, list, chosen, options };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('ClusterListController', () => {
  it('lists a page of the cluster’s events inside the plot, focus on its first option', async () => {
    const { host, list, options } = await clusterList();
    expect(options()).to.have.length(0);
    list.open('c0');
    await settle();
    // A page of events, and the option that shows more.
    expect(options()).to.have.length(CLUSTER_LIST_PAGE + 1);
    expect(host.shadowRoot!.activeElement).to.equal(options()[0]);
    const box = host.shadowRoot!.querySelector<HTMLElement>('.cluster-list')!;
    // Kept inside a 640 px plot although the cluster is at 500 px.
    expect(box.style.left || box.style.insetInlineStart).to.contain('360');
    host.remove();
  });

  it('shows the next page with its last option, focus on the first new one', async () => {
    const { host, list, options } = await clusterList();
    list.open('c0');
    await settle();
    options()[CLUSTER_LIST_PAGE]!.click();
    await settle();
    expect(options()).to.have.length(2 * CLUSTER_LIST_PAGE + 1);
    expect(host.shadowRoot!.activeElement).to.equal(options()[CLUSTER_LIST_PAGE]);
    expect(host.shadowRoot!.activeElement!.textContent).to.contain(items[CLUSTER_LIST_PAGE]!.event.title.en);
    host.remove();
  });

  it('closes once an event is chosen, and tells which', async () => {
    const { host, list, options, chosen } = await clusterList();
    list.open('c0');
    await settle();
    options()[2]!.click();
    await settle();
    expect(chosen).to.deep.equal([items[2]!.id]);
    expect(list.openKey).to.equal(null);
    expect(options()).to.have.length(0);
    host.remove();
  });

  it('closes with Escape and gives focus back to its cluster', async () => {
    const { host, list, options } = await clusterList();
    list.open('c0');
    await settle();
    options()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await settle();
    expect(options()).to.have.length(0);
    expect(host.shadowRoot!.activeElement).to.equal(host.shadowRoot!.querySelector('.cluster'));
    host.remove();
  });
});
