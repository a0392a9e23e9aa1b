import { expect } from '@open-wc/testing';
import { parseJson } from '../../src/controllers/json-parse.js';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const none = () => new AbortController().signal;

/** Counts the workers the page starts, or makes starting one fail as a Content-Security-Policy would. */
function watchWorkers(mode: 'count' | 'refuse' | 'fail-to-start' = 'count') {
  const Original = window.Worker;
  let started = 0;
  class Watched extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      if (mode === 'refuse') throw new DOMException('refused by policy', 'SecurityError');
      // A script that cannot load shows only as an error event, as a blocked blob: worker does.
      super(mode === 'fail-to-start' ? 'data:text/javascript,throw new Error("blocked")' : url, options);
      started += 1;
    }
  }
  window.Worker = Watched;
  return { started: () => started, restore: () => (window.Worker = Original) };
}

const dataset = {
  title: { ar: 'مجموعة', en: 'Set' },
  sources: [{ id: 's1', text: 'نص "مقتبس" \\ [x]' }],
  events: Array.from({ length: 4321 }, (_, i) => ({
    id: `e${i}`,
    date: '2024-01-01',
    title: { ar: `حدث ${i}`, en: `E ${i}` },
  })),
  view: { fold: true },
};

describe('parseJson', () => {
  it('parses a large body in a worker, its events a chunk at a time, to what JSON.parse gives', async () => {
    const workers = watchWorkers();
    try {
      const text = JSON.stringify(dataset);
      const parsed = await parseJson(bytes(text), none(), 0);
      expect(workers.started()).to.equal(1);
      expect(parsed).to.deep.equal({ ok: true, value: JSON.parse(text) });
    } finally {
      workers.restore();
    }
  });

  it('parses a small body at once, without a worker', async () => {
    const workers = watchWorkers();
    try {
      expect(await parseJson(bytes('{"events":[1]}'), none())).to.deep.equal({ ok: true, value: { events: [1] } });
      expect(workers.started()).to.equal(0);
    } finally {
      workers.restore();
    }
  });

  it('parses in the worker what it does not cut (no events list), and reports invalid JSON', async () => {
    expect(await parseJson(bytes('[1, {"a": "b"}]'), none(), 0)).to.deep.equal({ ok: true, value: [1, { a: 'b' }] });
    expect(await parseJson(bytes('{"events": [1, 2'), none(), 0)).to.deep.equal({ ok: false, aborted: false });
    expect(await parseJson(bytes('{"events": [1,, 2]}'), none(), 0)).to.deep.equal({ ok: false, aborted: false });
    expect(await parseJson(bytes('{"events": [1]} x'), none(), 0)).to.deep.equal({ ok: false, aborted: false });
  });

  it('says it was aborted when the signal is, and stops the worker', async () => {
    const request = new AbortController();
    const parsing = parseJson(bytes(JSON.stringify(dataset)), request.signal, 0);
    request.abort();
    expect(await parsing).to.deep.equal({ ok: false, aborted: true });
  });

  for (const mode of ['refuse', 'fail-to-start'] as const) {
    it(`parses on the page when a worker ${mode === 'refuse' ? 'is refused' : 'cannot start'}`, async () => {
      const workers = watchWorkers(mode);
      try {
        const text = JSON.stringify(dataset);
        expect(await parseJson(bytes(text), none(), 0)).to.deep.equal({ ok: true, value: JSON.parse(text) });
      } finally {
        workers.restore();
      }
    });
  }
});
