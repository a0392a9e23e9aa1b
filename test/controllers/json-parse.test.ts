import { expect } from '@open-wc/testing';
import { readJson, type Parsed } from '../../src/controllers/json-parse.js';

const none = () => new AbortController().signal;

/** Reads a response of `text` as a served file gives it, its length known, or streamed without one. */
function parse(text: string, offThreadFrom?: number, signal = none(), received = () => {}): Promise<Parsed> {
  const bytes = new TextEncoder().encode(text);
  return readJson(new Response(bytes, { headers: { 'content-length': String(bytes.length) } }), signal, received, {
    offThreadFrom,
  });
}

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

/** Runs `test` with the page's workers watched (see `watchWorkers`), and gives the page its `Worker` back after. */
async function withWorkers(
  test: (workers: { started: () => number }) => Promise<void>,
  mode?: Parameters<typeof watchWorkers>[0],
) {
  const workers = watchWorkers(mode);
  try {
    await test(workers);
  } finally {
    workers.restore();
  }
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
  it('parses a large body in a worker, its events a chunk at a time, to what JSON.parse gives', () =>
    withWorkers(async (workers) => {
      const text = JSON.stringify(dataset);
      const parsed = await parse(text, 0);
      expect(workers.started()).to.equal(1);
      expect(parsed).to.deep.equal({ ok: true, value: JSON.parse(text) });
    }));

  it("shares a large body's quotes and translations with its sources as it parses, changing no value", () =>
    withWorkers(async () => {
      // Over 2 MB, so that the worker sends the start of the body (with the sources) before its events.
      const text = 'Putin arrived before dawn. '.repeat(4000);
      const passage = { source: 's1', quote: 'Putin arrived', start: 27, end: 40 };
      const excerpts = [
        { ...passage, translation: { ar: 'وصل بوتين', en: 'Putin arrived' } },
        { ...passage, translation: { ar: 'وصل بوتين', en: 'Putin arrived' } },
        // Not the text at its offsets.
        { ...passage, quote: 'Putin arrivex', translation: { ar: 'وصل بوتين', en: 'Putin arrived' } },
        { ...passage, translation: { ar: 'جاء بوتين', en: 'Putin arrived' } },
        // Not an object, a quote that is not a string, no translation.
        'not an excerpt',
        { ...passage, quote: 13, translation: { ar: 'وصل بوتين', en: 'Putin arrived' } },
        { ...passage, translation: null },
      ];
      const large = {
        title: { ar: 'مجموعة', en: 'Set' },
        sources: [{ id: 's1', text }],
        events: Array.from({ length: 16_000 }, (_, i) => ({
          id: `e${i}`,
          date: '2024-01-01',
          title: { ar: `حدث ${i}`, en: `E ${i}` },
          excerpts: [excerpts[i % excerpts.length]],
          ...(i === 1 ? { disputes: [{ note: { ar: 'م', en: 'n' }, excerpts: [excerpts[0]] }, 'not a dispute'] } : {}),
        })),
      };
      const body = JSON.stringify(large);
      expect(body.length).to.be.above(2.5 * 1024 * 1024);
      const parsed = await parse(body, 0);
      expect(parsed).to.deep.equal({ ok: true, value: JSON.parse(body) });
      type Read = { translation: object; disputes?: { excerpts: Read[] }[] };
      const events = (parsed as { value: { events: { excerpts: Read[]; disputes?: Read['disputes'] }[] } }).value
        .events;
      const translation = (i: number) => events[i]!.excerpts[0]!.translation;
      // One translation for a passage translated alike, in the event's excerpts and its disputes'.
      expect(translation(1)).to.equal(translation(0));
      expect(events[1]!.disputes![0]!.excerpts[0]!.translation).to.equal(translation(0));
      expect(translation(2)).not.to.equal(translation(0));
      expect(translation(3)).not.to.equal(translation(0));
      expect(translation(8)).to.equal(translation(7));
    }));

  it('streams a body of unknown length to the worker, says when it has all arrived, and reports a broken stream', () =>
    withWorkers(async (workers) => {
      const text = JSON.stringify(dataset);
      const encoded = new TextEncoder().encode(text);
      const halves = [encoded.slice(0, 1001), encoded.slice(1001)];
      let received = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull: (controller) => (halves.length ? controller.enqueue(halves.shift()!) : controller.close()),
      });
      const parsed = await readJson(new Response(stream), none(), () => (received += 1));
      expect(workers.started()).to.equal(1);
      expect(received).to.equal(1);
      expect(parsed).to.deep.equal({ ok: true, value: JSON.parse(text) });
      const broken = new ReadableStream<Uint8Array>({
        start: (controller) => {
          controller.enqueue(encoded.slice(0, 100));
          controller.error(new TypeError('network'));
        },
      });
      expect(await readJson(new Response(broken), none(), () => {})).to.deep.equal({ ok: false, reason: 'network' });
    }));

  it('parses a small body at once, without a worker', () =>
    withWorkers(async (workers) => {
      expect(await parse('{"events":[1]}')).to.deep.equal({ ok: true, value: { events: [1] } });
      expect(workers.started()).to.equal(0);
    }));

  it('parses in the worker what it does not cut (no events list), and reports invalid JSON', async () => {
    expect(await parse('[1, {"a": "b"}]', 0)).to.deep.equal({ ok: true, value: [1, { a: 'b' }] });
    const invalid = { ok: false, reason: 'json' };
    expect(await parse('{"events": [1, 2', 0)).to.deep.equal(invalid);
    expect(await parse('{"events": [1,, 2]}', 0)).to.deep.equal(invalid);
    expect(await parse('{"events": [1]} x', 0)).to.deep.equal(invalid);
  });

  it('says it was aborted when the signal is, and stops the worker', async () => {
    const request = new AbortController();
    const parsing = parse(JSON.stringify(dataset), 0, request.signal);
    request.abort();
    expect(await parsing).to.deep.equal({ ok: false, reason: 'aborted' });
  });

  it("parses on the page when the worker's code cannot be loaded, and starts no worker", () =>
    withWorkers(async (workers) => {
      const text = JSON.stringify(dataset);
      const bytes = new TextEncoder().encode(text);
      let asked = 0;
      const parsed = await readJson(new Response(bytes), none(), () => {}, {
        offThreadFrom: 0,
        workerCode: () => ((asked += 1), Promise.resolve(null)),
      });
      expect(asked).to.equal(1);
      expect(workers.started()).to.equal(0);
      expect(parsed).to.deep.equal({ ok: true, value: JSON.parse(text) });
    }));

  it('says it was aborted when the signal is while the worker code loads, and starts no worker', () =>
    withWorkers(async (workers) => {
      const request = new AbortController();
      const parsing = readJson(new Response('{"events":[]}'), request.signal, () => {}, {
        offThreadFrom: 0,
        workerCode: () => import('../../src/controllers/json-worker.js'),
      });
      request.abort();
      expect(await parsing).to.deep.equal({ ok: false, reason: 'aborted' });
      expect(workers.started()).to.equal(0);
    }));

  for (const mode of ['refuse', 'fail-to-start'] as const) {
    it(`parses on the page when a worker ${mode === 'refuse' ? 'is refused' : 'cannot start'}`, () =>
      withWorkers(async () => {
        const text = JSON.stringify(dataset);
        expect(await parse(text, 0)).to.deep.equal({ ok: true, value: JSON.parse(text) });
      }, mode));
  }
});
