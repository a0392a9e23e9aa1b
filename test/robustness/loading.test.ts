import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TarikhTimeline } from '../../src/index.js';
import { DEFAULT_TIMEOUT_MS } from '../../src/controllers/dataset-loader.js';
import { datasetWith } from '../helpers/datasets.js';
import { drawnIds, errorPanel, shadow, watchPageErrors } from './helpers.js';

type Lang = 'ar' | 'en';
const GOOD = '/test/fixtures/robustness/good.json';
const T = {
  en: {
    loading: 'Loading the timeline…',
    failed: 'The timeline could not be loaded',
    http: (n: number) => `the server answered ${n}`,
    json: 'the file is not valid JSON',
    network: 'the network request failed',
    timeout: (s: string) => `no answer within ${s} seconds`,
    retry: 'Try again',
  },
  ar: {
    loading: 'جارٍ تحميل الخط الزمني…',
    failed: 'تعذّر تحميل الخط الزمني',
    http: (n: number) => `أجاب الخادم بالرمز ${n}`,
    json: 'الملف ليس JSON صالحًا',
    network: 'فشل الاتصال بالشبكة',
    timeout: (s: string) => `لم يصل رد خلال ${s} ثانية`,
    retry: 'أعد المحاولة',
  },
};

const layout = (el: TarikhTimeline) => shadow(el).querySelector<HTMLElement>('.layout')!;
const retryButton = (el: TarikhTimeline) => errorPanel(el)?.querySelector<HTMLButtonElement>('button') ?? null;

async function timelineFor(src: string, lang: Lang = 'en', timeout?: number) {
  return fixture<TarikhTimeline>(
    html`<tarikh-timeline
      lang=${lang}
      style="width: 800px; height: 360px"
      src=${src}
      fetch-timeout=${timeout ?? DEFAULT_TIMEOUT_MS}
    ></tarikh-timeline>`,
  );
}

/** Replaces window.fetch for one test; every call's signal is kept so aborted requests can be counted. */
function spyOnFetch(
  respond?: (call: number, input: RequestInfo | URL, init?: RequestInit) => Promise<Response> | null,
) {
  const original = window.fetch;
  const signals: AbortSignal[] = [];
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.signal) signals.push(init.signal);
    urls.push(String(input));
    return respond?.(urls.length, input, init) ?? original(input, init);
  };
  return {
    signals,
    urls,
    aborted: () => signals.filter((s) => s.aborted).length,
    restore: () => (window.fetch = original),
  };
}

async function failure(el: TarikhTimeline) {
  const { detail } = (await oneEvent(el, 'tarikh-error')) as CustomEvent<{ message: string; errors: string[] }>;
  await el.updateComplete;
  return detail;
}

describe('robustness: loading', () => {
  it('shows a loading state with aria-busy until the data arrives', async () => {
    const el = await timelineFor('/__test__/slow?ms=700');
    await el.updateComplete;
    expect(layout(el).getAttribute('aria-busy')).to.equal('true');
    const status = shadow(el).querySelector('[role="status"]');
    expect(status?.textContent?.trim()).to.equal(T.en.loading);
    await waitUntil(() => layout(el).getAttribute('aria-busy') === 'false', 'loaded', { timeout: 5000 });
    expect(errorPanel(el) === null).to.equal(true);
  });

  it('documents a default timeout of 15 seconds', () => {
    const el = document.createElement('tarikh-timeline');
    expect(DEFAULT_TIMEOUT_MS).to.equal(15_000);
    expect(el.fetchTimeout).to.equal(15_000);
  });

  for (const lang of ['en', 'ar'] as const) {
    const cases: [string, string, string, number?][] = [
      ['a 404', '/test/fixtures/robustness/no-such-file.json', T[lang].http(404)],
      ['a 500', '/__test__/status/500', T[lang].http(500)],
      ['a 503', '/__test__/status/503', T[lang].http(503)],
      ['invalid JSON', '/test/fixtures/robustness/truncated.json.txt', T[lang].json],
      ['a network error', 'http://127.0.0.1:1/refused.json', T[lang].network],
      ['a timeout (fetch-timeout="300")', '/__test__/slow?ms=4000', T[lang].timeout('0.3'), 300],
    ];
    for (const [name, src, sentence, timeout] of cases) {
      it(`reports ${name} in a localized error panel with a retry button (${lang})`, async () => {
        const page = watchPageErrors();
        const el = await timelineFor(src, lang, timeout);
        const detail = await failure(el);
        const panel = errorPanel(el);
        expect(panel !== null).to.equal(true);
        expect(panel!.getAttribute('role')).to.equal('alert');
        expect(panel!.textContent).to.include(T[lang].failed);
        expect(panel!.textContent).to.include(sentence);
        expect(detail.message).to.equal(`${T[lang].failed}: ${sentence}`);
        expect(detail.errors).to.deep.equal([src]);
        expect(layout(el).getAttribute('aria-busy')).to.equal('false');
        expect(retryButton(el)?.textContent?.trim()).to.equal(T[lang].retry);
        expect(page.stop()).to.deep.equal([]);
      });
    }
  }

  it('retries with the retry button, and draws the data when the retry succeeds', async () => {
    const busy = () =>
      new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('busy', { status: 503 })), 200));
    const spy = spyOnFetch((call) => (call === 1 ? busy() : null));
    try {
      const el = await timelineFor(GOOD);
      await failure(el);
      expect(errorPanel(el)!.textContent).to.include(T.en.http(503));
      retryButton(el)!.click();
      await el.updateComplete;
      expect(layout(el).getAttribute('aria-busy')).to.equal('true');
      await waitUntil(() => drawnIds(el).includes('loaded'), 'drawn after retry', { timeout: 5000 });
      expect(errorPanel(el) === null).to.equal(true);
      expect(spy.urls.map((u) => new URL(u, location.href).pathname)).to.deep.equal([GOOD, GOOD]);
    } finally {
      spy.restore();
    }
  });

  it('retries a timed-out request and reports it again while the server stays slow', async () => {
    const el = await timelineFor('/__test__/slow?ms=3000', 'en', 200);
    await failure(el);
    const again = oneEvent(el, 'tarikh-error');
    retryButton(el)!.click();
    await el.updateComplete;
    expect(layout(el).getAttribute('aria-busy')).to.equal('true');
    await again;
    await el.updateComplete;
    expect(errorPanel(el)!.textContent).to.include(T.en.timeout('0.2'));
  });

  it('keeps the default timeout when fetch-timeout is not a positive number', async () => {
    for (const value of ['soon', '0', '-5']) {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('tarikh-timeline');
      el.style.cssText = 'display:block;width:600px;height:300px';
      el.setAttribute('fetch-timeout', value);
      el.src = GOOD;
      host.append(el);
      await waitUntil(() => drawnIds(el).includes('loaded'), `drawn with fetch-timeout="${value}"`, { timeout: 5000 });
    }
  });

  it('lets the last src win when it changes quickly, aborting the earlier requests', async () => {
    const spy = spyOnFetch();
    try {
      const page = watchPageErrors();
      const el = await timelineFor('/__test__/slow?ms=3000');
      let errors = 0;
      el.addEventListener('tarikh-error', () => (errors += 1));
      await el.updateComplete;
      el.src = '/__test__/status/500';
      await el.updateComplete;
      el.src = '/__test__/slow?ms=1500';
      await el.updateComplete;
      el.src = GOOD;
      await waitUntil(() => drawnIds(el).includes('loaded'), 'last src drawn', { timeout: 5000 });
      expect(spy.signals).to.have.length(4);
      expect(spy.aborted()).to.equal(3);
      expect(spy.signals[3]!.aborted).to.equal(false);
      // The earlier answers never land, even the ones that would have arrived later.
      await new Promise((resolve) => setTimeout(resolve, 1800));
      expect(drawnIds(el)).to.deep.equal(['loaded']);
      expect(errors).to.equal(0);
      expect(errorPanel(el) === null).to.equal(true);
      expect(page.stop()).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });

  it('lets data set after src win, aborting the request', async () => {
    const spy = spyOnFetch();
    try {
      const el = await timelineFor('/__test__/slow?ms=800');
      await el.updateComplete;
      el.data = datasetWith([{ id: 'given' }]);
      await waitUntil(() => drawnIds(el).includes('given'), 'data drawn');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await el.updateComplete;
      expect(drawnIds(el)).to.deep.equal(['given']);
      expect(spy.aborted()).to.equal(1);
    } finally {
      spy.restore();
    }
  });

  it('aborts the pending request when the element is removed', async () => {
    const spy = spyOnFetch();
    try {
      const el = await timelineFor('/__test__/slow?ms=2000');
      await el.updateComplete;
      el.remove();
      expect(spy.signals).to.have.length(1);
      expect(spy.aborted()).to.equal(1);
    } finally {
      spy.restore();
    }
  });
});
