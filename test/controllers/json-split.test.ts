import { expect } from '@open-wc/testing';
import { splitter, type Split } from '../../src/controllers/json-split.js';

const split = splitter();

/** The document a split stands for: its head with the events put back from the chunks. */
function rejoin(cut: Split): unknown {
  const head = JSON.parse(cut.head) as Record<string, unknown>;
  head.events = cut.chunks.flatMap((chunk) => JSON.parse(`[${chunk}]`) as unknown[]);
  return head;
}

describe('json-split', () => {
  it('cuts the events of a dataset into chunks of `per` items, keeping every other field', () => {
    const doc = {
      title: { ar: 'عنوان "مقتبس" [و] {أقواس}', en: 'A "quoted" title, with [brackets] and {braces}' },
      events: Array.from({ length: 7 }, (_, i) => ({ id: `e${i}`, tags: [i, [i, { x: '\\"]' }]], n: -0.5e3 })),
      sources: [{ id: 's1', text: 'back\\slash\\\\ and "quotes" ]}' }],
    };
    const text = JSON.stringify(doc, null, 2);
    const cut = split(text, 3)!;
    expect(cut.chunks).to.have.length(3);
    expect(rejoin(cut)).to.deep.equal(JSON.parse(text));
  });

  it('cuts compact text, an empty list, and events written first or last', () => {
    for (const text of [
      '{"events":[1,"two",{"3":[3]},null,true]}',
      '{"events":[],"title":"x"}',
      '{ "a" : 1 , "events" : [ {"id":"e"} ] }',
    ]) {
      const cut = split(text, 2)!;
      expect(rejoin(cut), text).to.deep.equal(JSON.parse(text));
    }
  });

  it('leaves to a whole parse what it does not cut: not an object, no events, repeated or escaped key', () => {
    for (const text of [
      '[1, 2]',
      '"events"',
      '{}',
      '{"title":"x"}',
      '{"events":{"a":1}}',
      '{"events":[1],"events":[2]}',
      '{"ev\\u0065nts":[1]}',
      '{"events":[1]',
    ])
      expect(split(text, 2), text).to.equal(null);
  });

  it('never turns text JSON.parse refuses into pieces that all parse', () => {
    for (const text of [
      '{"events":[1,]}',
      '{"events":[1,,2]}',
      '{"events":[,1]}',
      '{"events":[1 2]}',
      '{"events":[{"a":1]}]}',
      '{"events":[tru]}',
      '{"events":[1]} trailing',
      '{"events":[1], "x": }',
    ]) {
      expect(() => JSON.parse(text), text).to.throw();
      const cut = split(text, 1);
      if (cut) expect(() => rejoin(cut), text).to.throw();
    }
  });

  it('agrees with JSON.parse on any JSON document holding a list of events (property)', async () => {
    const { default: fc } = await import('fast-check');
    const doc = fc.record({
      events: fc.array(fc.jsonValue(), { maxLength: 30 }),
      title: fc.jsonValue(),
      other: fc.dictionary(fc.string(), fc.jsonValue()),
    });
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 7 }), fc.boolean(), (value, per, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        // A top-level "events" list written once: always cut, whether the chunks are kept or handed on.
        expect(rejoin(split(text, per)!)).to.deep.equal(JSON.parse(text));
        const handed: string[] = [];
        const cut = split(text, per, (chunk) => handed.push(chunk))!;
        expect(cut.chunks).to.deep.equal([]);
        expect(rejoin({ head: cut.head, chunks: handed })).to.deep.equal(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  describe('opening: the start of a document that is still arriving', () => {
    const opened = (text: string, per: number) => {
      const found = split.opening(text, per);
      return found && { head: JSON.parse(found.head) as unknown, events: JSON.parse(`[${found.events}]`) as unknown };
    };

    it('gives the keys before the events and the events whole in the start, up to `per`', () => {
      const text = JSON.stringify({
        title: 'x',
        sources: [{ id: 's', text: '"events": [' }],
        events: [1, { a: [2] }, 3],
      });
      const cut = text.indexOf('{"a"') + 4;
      expect(opened(text.slice(0, cut), 5)).to.deep.equal({
        head: { title: 'x', sources: [{ id: 's', text: '"events": [' }], events: [] },
        events: [1],
      });
      expect(opened(text, 2)).to.deep.equal({
        head: { title: 'x', sources: [{ id: 's', text: '"events": [' }], events: [] },
        events: [1, { a: [2] }],
      });
      expect(opened(text, 9)!.events).to.deep.equal([1, { a: [2] }, 3]);
    });

    it('gives nothing without a whole event: a start cut in its head or in the first event, or another layout', () => {
      const text = '{"title":"a, b","events":[12345,2]}';
      for (const start of [
        text.slice(0, 8),
        text.slice(0, 24),
        text.slice(0, 30),
        '[1,2,',
        '{"events":{"a":1}}',
        '{"title":"x"}',
      ])
        expect(split.opening(start, 3), start).to.equal(null);
    });

    it('agrees with the whole document at any cut (property)', async () => {
      const { default: fc } = await import('fast-check');
      const doc = fc.record({
        title: fc.jsonValue(),
        other: fc.dictionary(fc.string(), fc.jsonValue()),
        events: fc.array(fc.jsonValue(), { maxLength: 20 }),
      });
      fc.assert(
        fc.property(
          doc,
          fc.integer({ min: 1, max: 7 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (value, per, at) => {
            const text = JSON.stringify(value);
            const found = opened(text.slice(0, Math.floor(at * text.length)), per);
            if (!found) return;
            // The head is the keys written before the events, each as the whole document has it (as parsed:
            // JSON writes -0 as 0).
            const whole = JSON.parse(text) as typeof value;
            expect(found.head).to.deep.equal({ title: whole.title, other: whole.other, events: [] });
            const events = found.events as unknown[];
            expect(events.length).to.be.within(1, per);
            expect(events).to.deep.equal(whole.events.slice(0, events.length));
          },
        ),
        { numRuns: 300, examples: [[{ title: { '': -0 }, other: {}, events: [[]] }, 1, 0.975609756097561]] },
      );
    });
  });
});
