import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { TimelineEvents, type EventsHost } from '../../../src/elements/timeline/timeline-events.js';
import type { WindowRequest } from '../../../src/elements/timeline/visible-window.js';
import { datasetWith, dailyEvents } from '../../helpers/datasets.js';
import { fakeHost } from './fake-host.js';

/** The events of a fake timeline host with its public properties, and what they asked of it. */
function timelineEvents(language: 'en' | 'ar' = 'en') {
  const host = Object.assign(fakeHost(), {
    data: null,
    src: '',
    fetchTimeout: 1000,
    filter: '',
    hiddenTracks: [] as string[],
    start: '',
    end: '',
    language,
  }) as unknown as EventsHost;
  const asked = { changed: 0, opened: [] as WindowRequest[], intoView: 0 };
  const events = new TimelineEvents(host, {
    shownChanged: () => (asked.changed += 1),
    opened: (window) => asked.opened.push(window),
    selectedIntoView: () => (asked.intoView += 1),
    measureAhead: () => {},
  });
  const fired: { type: string; detail: unknown }[] = [];
  for (const type of ['tarikh-load', 'tarikh-error'])
    host.addEventListener(type, (e) => fired.push({ type, detail: (e as CustomEvent).detail }));
  return { host, events, asked, fired };
}

const changed = (...keys: string[]) => new Set(keys);

describe('TimelineEvents', () => {
  it('reads new data, tells the page, and opens it at the window its attributes or view ask for', () => {
    const { host, events, asked, fired } = timelineEvents();
    host.data = datasetWith(dailyEvents(5), { view: { start: '2023-09-02', end: '2023-09-04' } });
    host.start = '2023-09-03';
    expect(events.take(changed('data'))).to.equal(true);
    expect(events.ready).to.equal(true);
    expect(events.shown.items.map((item) => item.id)).to.deep.equal(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(fired.map((f) => f.type)).to.deep.equal(['tarikh-load']);
    expect(asked.opened).to.deep.equal([{ start: Date.UTC(2023, 8, 3), end: Date.UTC(2023, 8, 5), animate: false }]);
    expect(asked.changed).to.equal(1);
    host.remove();
  });

  it('reports bad events in the reader’s language and draws the valid ones', () => {
    const { host, events, fired } = timelineEvents('ar');
    host.data = datasetWith([...dailyEvents(2), { date: 'someday' }]);
    events.take(changed('data'));
    expect(events.shown.items).to.have.length(2);
    const error = fired.find((f) => f.type === 'tarikh-error')!.detail as { message: string; errors: string[] };
    expect(error.message).to.match(/حدث/);
    expect(error.errors[0]).to.match(/^\$\.events\[2\]\.date: /);
    render(events.statusTemplate('ar'), host.shadowRoot!);
    expect(host.shadowRoot!.textContent).to.contain('$.events[2].date');
    host.remove();
  });

  it('narrows the events shown to the filter and hidden tracks, and forgets the layouts made for the others', () => {
    const { host, events, asked } = timelineEvents();
    host.data = datasetWith(dailyEvents(12));
    events.take(changed('data'));
    host.filter = 'number 1';
    events.refilter(changed('filter'), false);
    expect(events.shown.items.map((item) => item.id)).to.deep.equal(['e1', 'e10', 'e11']);
    expect(asked.changed).to.equal(2);
    // Not with new data, which is filtered as it is read.
    host.filter = '';
    events.refilter(changed('filter'), true);
    expect(events.shown.items).to.have.length(3);
    host.remove();
  });

  it('says there are no events to show when none passes the filter, in English and Arabic', () => {
    const { host, events } = timelineEvents();
    host.data = datasetWith(dailyEvents(3));
    events.take(changed('data'));
    render(events.statusTemplate('en'), host.shadowRoot!);
    expect(host.shadowRoot!.querySelector('.status')).to.equal(null);
    host.filter = 'nothing like this';
    events.refilter(changed('filter'), false);
    render(events.statusTemplate('en'), host.shadowRoot!);
    expect(host.shadowRoot!.querySelector('.status')!.textContent!.trim()).to.equal('No events to show');
    render(events.statusTemplate('ar'), host.shadowRoot!);
    expect(host.shadowRoot!.querySelector('.status')!.textContent!.trim()).to.equal('لا أحداث لعرضها');
    host.remove();
  });
});
