import { expect } from '@open-wc/testing';
import { PrintController } from '../../../src/elements/timeline/print-controller.js';
import { fakeHost } from './fake-host.js';

describe('PrintController', () => {
  it('says the page is printing between beforeprint and afterprint, asking for an update each time', () => {
    const host = fakeHost();
    const print = new PrintController(host);
    host.remove();
    document.body.append(host);
    expect(print.printing).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(print.printing).to.equal(true);
    expect(host.updates).to.equal(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(print.printing).to.equal(false);
    expect(host.updates).to.equal(2);
    host.remove();
  });

  it('stops listening once its host is disconnected', () => {
    const host = fakeHost();
    const print = new PrintController(host);
    host.remove();
    document.body.append(host);
    host.remove();
    window.dispatchEvent(new Event('beforeprint'));
    expect(print.printing).to.equal(false);
    expect(host.updates).to.equal(0);
  });
});
