import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { Announcer } from '../../../src/elements/timeline/announcer.js';
import { windowAnnouncement } from '../../../src/elements/timeline/live-region.js';
import { fakeHost } from './fake-host.js';

const JUNE_17 = Date.UTC(2024, 5, 17);
const JUNE_21 = Date.UTC(2024, 5, 21);

describe('Announcer', () => {
  it('says a selection, then the window it moved to together with it, and a later window alone', () => {
    const host = fakeHost();
    let now = 1000;
    const say = new Announcer(host, () => now);
    say.selection('Selected: Treaty signed');
    expect(say.text).to.equal('Selected: Treaty signed');
    now += 1500;
    say.window(JUNE_17, JUNE_21, 'en');
    expect(say.text).to.equal(`Selected: Treaty signed. ${windowAnnouncement(JUNE_17, JUNE_21, 'en')}`);
    // The selection was said with its window: the next window does not repeat it.
    say.window(JUNE_17, JUNE_21 + 86_400_000, 'en');
    expect(say.text).to.equal(windowAnnouncement(JUNE_17, JUNE_21 + 86_400_000, 'en'));
    host.remove();
  });

  it('says a window alone when the selection is older than two seconds, in Arabic too', () => {
    const host = fakeHost();
    let now = 0;
    const say = new Announcer(host, () => now);
    say.selection('تم اختيار: توقيع المعاهدة');
    now = 2000;
    say.window(JUNE_17, JUNE_21, 'ar');
    expect(say.text).to.equal(windowAnnouncement(JUNE_17, JUNE_21, 'ar'));
    expect(say.text).to.match(/يونيو/);
    host.remove();
  });

  it('asks for an update only when what it says changes, and renders it in a polite live region', () => {
    const host = fakeHost();
    const say = new Announcer(host, () => 0);
    say.selection('Selection cleared');
    const updates = host.updates;
    expect(updates).to.equal(1);
    say.selection('Selection cleared');
    expect(host.updates).to.equal(updates);
    render(say.template(), host.shadowRoot!);
    const region = host.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent!.trim()).to.equal('Selection cleared');
    host.remove();
  });
});
