import { expect } from '@open-wc/testing';
import { DetailsLoading } from '../../../src/elements/timeline/details-loading.js';
import type { TarikhErrorDetail } from '../../../src/events.js';
import type { Lang } from '../../../src/model/types.js';
import { fakeHost } from './fake-host.js';

/** A loader that fails until told to succeed, counting its calls. */
function flakyLoader() {
  const loader = { calls: 0, works: false, load: () => Promise.resolve() };
  loader.load = () => {
    loader.calls += 1;
    return loader.works
      ? Promise.resolve()
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
  return loader;
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

for (const lang of ['en', 'ar'] as Lang[]) {
  describe(`DetailsLoading (${lang})`, () => {
    it('reports a failed load once, in the reader’s language, and loads again on retry', async () => {
      const host = Object.assign(fakeHost(), { language: lang });
      const errors: TarikhErrorDetail[] = [];
      host.addEventListener('tarikh-error', (e) => errors.push(e.detail));
      const loader = flakyLoader();
      const loading = new DetailsLoading(host, loader.load);

      loading.request();
      loading.request();
      await settle();
      expect(loader.calls).to.equal(1);
      expect(loading.failed).to.be.true;
      expect(host.updates).to.be.greaterThan(0);
      expect(errors).to.have.length(1);
      expect(errors[0]!.message).to.equal(
        lang === 'ar' ? 'تعذّر تحميل تفاصيل هذا الحدث' : 'The details of this event could not be loaded',
      );
      expect(errors[0]!.errors).to.deep.equal(['Failed to fetch dynamically imported module']);

      // Drawing the failed panel again asks for nothing more.
      loading.request();
      await settle();
      expect(loader.calls).to.equal(1);
      expect(errors).to.have.length(1);

      loader.works = true;
      loading.retry();
      await settle();
      expect(loader.calls).to.equal(2);
      expect(loading.failed).to.be.false;
      expect(errors).to.have.length(1);
      host.remove();
    });
  });
}
