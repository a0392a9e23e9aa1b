import { expect } from '@open-wc/testing';
import { validateDataset, validatorsForTesting } from '../../src/model/validate.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TEXT = 'Alpha beta gamma delta';

function event(id: string, day: number): Json {
  return {
    id,
    date: `2024-06-${String(day).padStart(2, '0')}`,
    title: { ar: `حدث ${id}`, en: `Event ${id}` },
    excerpts: [{ source: 's', quote: 'Alpha', start: 0, end: 5, translation: { ar: 'ألفا', en: 'Alpha' } }],
  };
}

/** Five valid events a day apart and one source. */
function base(): Json {
  return {
    title: { ar: 'اختبار', en: 'Test' },
    view: { start: '2024-06-01', end: '2024-06-30' },
    sources: [
      { id: 's', title: { ar: 'عنوان', en: 'Title' }, outlet: { ar: 'ناشر', en: 'Outlet' }, lang: 'en', text: TEXT },
    ],
    events: [1, 2, 3, 4, 5].map((d) => event(`e${d}`, d)),
  };
}

const throws = () => {
  throw new Error('unreadable');
};
const throwingProxy = () => new Proxy({}, { get: throws, has: throws, ownKeys: throws });
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/** A deep read-through Proxy, as Vue's `reactive()` or a MobX observable hands data over. */
function reactive<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value as object, { get: (target, key) => reactive(Reflect.get(target, key)) }) as T;
}

const ids = (input: unknown) => validateDataset(input).dataset?.events.map((e) => e.id);
const problems = (input: unknown) =>
  validateDataset(input).problems.map((p) => [p.path, p.level, p.message.en] as const);
const READ = 'the value could not be read: reading it threw an error';

describe('validateDataset: data that throws when read', () => {
  it('reports an event whose title getter throws at its title, and keeps the other events', () => {
    const d = base();
    Object.defineProperty(d.events[2], 'title', { get: throws, enumerable: true });
    expect(problems(d)).to.deep.equal([['$.events[2].title', 'error', READ]]);
    expect(ids(d)).to.deep.equal(['e1', 'e2', 'e4', 'e5']);
    expect(validateDataset(d).rejected).to.deep.equal(['#2']);
    expect(validateDataset(d).problems[0]!.message.ar).to.equal('تعذّرت قراءة القيمة: أطلقت قراءتها خطأً');
  });

  it('reports an event that is a Proxy throwing on every access at the first field it read, a revoked one at the event', () => {
    for (const [make, path] of [
      [throwingProxy, '$.events[3].id'],
      [revoked, '$.events[3]'],
    ] as const) {
      const d = base();
      d.events[3] = make();
      expect(problems(d)).to.deep.equal([[path, 'error', READ]]);
      expect(ids(d)).to.deep.equal(['e1', 'e2', 'e3', 'e5']);
    }
  });

  it('finds what throws deep inside an event: an excerpt quote, a list element', () => {
    const d = base();
    Object.defineProperty(d.events[0].excerpts[0], 'quote', { get: throws });
    d.events[1].disputes = [{ note: { ar: 'م', en: 'n' }, excerpts: new Proxy([], { get: throws }) }];
    expect(problems(d).map(([path]) => path)).to.deep.equal([
      '$.events[0].excerpts[0].quote',
      '$.events[1].disputes[0].excerpts',
    ]);
    expect(ids(d)).to.deep.equal(['e3', 'e4', 'e5']);
  });

  it('reports a source, a track, the view or the title that throws, and keeps everything else', () => {
    const d = base();
    d.tracks = [{ id: 't', label: { ar: 'م', en: 'T' } }, throwingProxy()];
    Object.defineProperty(d, 'title', { get: throws, enumerable: true });
    Object.defineProperty(d, 'view', { get: throws, enumerable: true });
    d.sources.push(revoked());
    expect(problems(d).map(([path]) => path)).to.deep.equal(['$.title', '$.sources[1]', '$.tracks[1].id', '$.view']);
    expect(ids(d)).to.deep.equal(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(validateDataset(d).dataset!.tracks!.map((t) => t.id)).to.deep.equal(['t']);
  });

  it('reports a list of events that throws when read at $.events, with nothing drawn', () => {
    const d = base();
    d.events = new Proxy([], { get: throws });
    expect(problems(d)).to.deep.equal([['$.events', 'error', READ]]);
    expect(validateDataset(d).dataset).to.equal(null);
  });

  it('reads reactive proxies (Vue, MobX) as the plain data they stand for, once each', () => {
    const plain = base();
    expect(validateDataset(reactive(plain))).to.deep.equal(validateDataset(plain));
    let reads = 0;
    const counted = base();
    Object.defineProperty(counted.events[0], 'title', {
      get: () => ((reads += 1), { ar: 'ع', en: 'T' }),
      enumerable: true,
    });
    const { dataset } = validateDataset(counted);
    expect(reads).to.equal(1);
    expect(dataset!.events[0]!.title.en).to.equal('T');
  });

  it('gives the same result with and without the shortcut for clean events', () => {
    const d = base();
    Object.defineProperty(d.events[2], 'title', { get: throws, enumerable: true });
    d.events[3] = throwingProxy();
    expect(validatorsForTesting.withoutShortcut(d)).to.deep.equal(validatorsForTesting.withShortcut(d));
  });
});
