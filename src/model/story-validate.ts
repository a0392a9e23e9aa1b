import type { Problem } from './validate/problem.js';
import type { Story } from './types.js';

/** What `checkStory` needs of the dataset checked so far. */
export interface StoryContext {
  /** Ids of the events kept. */
  has(id: string): boolean;
  /** Whether an id is one of an event left out as invalid. */
  isRejected(id: string): boolean;
  /** A value from the input as a message quotes it (short, bidi controls escaped). */
  quote(value: unknown): string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The part of `Dataset.story` validation reads, each value read once (see the snapshot in
 * validate.ts): what was checked is what is used.
 */
export function copyStory(value: unknown): unknown {
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  const order = value.order;
  if (order !== undefined) copy.order = Array.isArray(order) ? Array.from(order) : order;
  return copy;
}

/**
 * Checks the editor's story (`$.story`) against the events kept, and keeps what is usable. Every
 * problem is a warning: the timeline works without the story, and a story missing one event still
 * reads. An id no event has, one of an event left out, or one given twice is reported with its
 * path and skipped; an order that ends up empty (or is not a list) leaves the story in time order.
 */
export function checkStory(value: unknown, context: StoryContext): { story?: Story; problems: Problem[] } {
  const problems: Problem[] = [];
  const warn = (path: string, en: string, ar: string) => problems.push({ path, message: { en, ar }, level: 'warning' });
  if (value === undefined) return { problems };
  if (!isObject(value)) {
    warn(
      '$.story',
      'the story must be an object; the events are told in time order',
      'يجب أن تكون القصة كائنًا؛ ستُروى الأحداث بترتيبها الزمني',
    );
    return { problems };
  }
  const order = value.order;
  if (order === undefined) return { story: {}, problems };
  if (!Array.isArray(order)) {
    warn(
      '$.story.order',
      'the order must be a list of event ids; the events are told in time order',
      'يجب أن يكون الترتيب قائمة بمعرّفات الأحداث؛ ستُروى الأحداث بترتيبها الزمني',
    );
    return { story: {}, problems };
  }
  const kept: string[] = [];
  const seen = new Map<string, number>();
  order.forEach((id: unknown, i) => {
    const path = `$.story.order[${i}]`;
    if (typeof id !== 'string' || !id.trim()) {
      warn(path, 'an entry of the order must be an event id', 'يجب أن يكون كل عنصر في الترتيب معرّف حدث');
      return;
    }
    const shown = context.quote(id);
    const first = seen.get(id);
    if (first !== undefined) {
      warn(
        path,
        `the event "${shown}" is already in the order (at $.story.order[${first}])`,
        `الحدث "${shown}" مذكور في الترتيب من قبل (في $.story.order[${first}])`,
      );
      return;
    }
    seen.set(id, i);
    if (context.has(id)) kept.push(id);
    else if (context.isRejected(id))
      warn(
        path,
        `the event "${shown}" is itself invalid and left out of the story`,
        `الحدث "${shown}" نفسه غير صالح، فأُسقط من القصة`,
      );
    else warn(path, `no event has the id "${shown}"`, `لا يوجد حدث بالمعرّف "${shown}"`);
  });
  if (order.length && !kept.length)
    warn(
      '$.story.order',
      'no event of the order can be shown; the events are told in time order',
      'لا يمكن عرض أي حدث من الترتيب؛ ستُروى الأحداث بترتيبها الزمني',
    );
  return { story: kept.length ? { order: kept } : {}, problems };
}
