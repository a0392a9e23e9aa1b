import { parseIsoDate, precisionRank, type ParsedDate } from '../dates.js';
import type { Excerpt, Precision, Source, TimelineEvent } from '../types.js';
import { PRECISIONS, isNonEmptyString, isObject, isText, shown, type Checker } from './checker.js';
import { checkExcerpt, isCleanExcerpt } from './excerpts.js';

const PRECISION_AR: Record<Precision, string> = {
  year: 'السنة',
  month: 'الشهر',
  day: 'اليوم',
  hour: 'الساعة',
  minute: 'الدقيقة',
};
const isFiner = (precision: Precision, than: Precision) => precisionRank(precision) > precisionRank(than);

/** Checks one event (the snapshot's copy); its unverified excerpts are added to `unverified`. */
export function checkEvent(
  c: Checker,
  value: unknown,
  path: string,
  sources: Map<string, Source>,
  tracks: Set<string>,
  unverified: Set<Excerpt>,
): value is TimelineEvent {
  if (c.unreadable(value, path)) return false;
  if (!isObject(value)) return c.error(path, 'an event must be an object', 'يجب أن يكون الحدث كائنًا');
  let ok = true;
  if (!isNonEmptyString(value.id)) ok = c.error(`${path}.id`, 'the event has no id', 'الحدث بلا معرّف');
  const precision = value.precision;
  if (precision !== undefined && !PRECISIONS.has(precision as string)) {
    ok = c.error(
      `${path}.precision`,
      'precision must be year, month, day, hour or minute',
      'يجب أن تكون الدقة year أو month أو day أو hour أو minute',
    );
  }
  const date = parseIsoDate(value.date);
  if (!date)
    ok = c.error(
      `${path}.date`,
      `"${shown(value.date)}" is not an ISO 8601 date`,
      `"${shown(value.date)}" ليس تاريخًا بصيغة ISO 8601`,
    );
  if (value.end !== undefined) {
    const end = parseIsoDate(value.end);
    if (!end)
      ok = c.error(
        `${path}.end`,
        `"${shown(value.end)}" is not an ISO 8601 date`,
        `"${shown(value.end)}" ليس تاريخًا بصيغة ISO 8601`,
      );
    else if (date && end.end <= date.start)
      ok = c.error(
        `${path}.end`,
        `the event ends (${shown(value.end)}) before it starts (${shown(value.date)})`,
        `ينتهي الحدث (${shown(value.end)}) قبل أن يبدأ (${shown(value.date)})`,
      );
  }
  // `precision` only coarsens what the date says (see parseIsoDate): a finer one would be ignored unsaid.
  if (
    date &&
    typeof precision === 'string' &&
    PRECISIONS.has(precision) &&
    isFiner(precision as Precision, date.precision)
  )
    c.warn(
      `${path}.precision`,
      `the precision "${precision}" is finer than the date "${shown(value.date)}" says; it is shown to the ${date.precision}`,
      `الدقة "${precision}" أدق مما يذكره التاريخ "${shown(value.date)}"؛ سيُعرض بدقة ${PRECISION_AR[date.precision]}`,
    );
  if (value.context !== undefined && typeof value.context !== 'boolean')
    c.warn(`${path}.context`, '"context" must be true or false', 'يجب أن تكون قيمة "context" صحيحًا أو خطأً');
  if (value.note !== undefined && typeof value.note !== 'string')
    c.warn(`${path}.note`, "the editors' note must be text", 'يجب أن تكون ملاحظة المحررين نصًا');
  ok = c.text(value.title, `${path}.title`, { en: 'the title', ar: 'العنوان' }) && ok;
  ok = c.text(value.summary, `${path}.summary`, { en: 'the summary', ar: 'الملخص' }, false) && ok;
  ok = c.text(value.place, `${path}.place`, { en: 'the place', ar: 'المكان' }, false) && ok;
  const brokenTrack = typeof value.track === 'string' ? c.brokenTracks.get(value.track) : undefined;
  if (value.track !== undefined && !tracks.has(value.track as string) && brokenTrack) {
    ok = c.error(
      `${path}.track`,
      `the track "${shown(value.track)}" is itself invalid (see ${brokenTrack})`,
      `المسار "${shown(value.track)}" نفسه غير صالح (انظر ${brokenTrack})`,
    );
  } else if (value.track !== undefined && !tracks.has(value.track as string)) {
    ok = c.error(
      `${path}.track`,
      `no track has the id "${shown(value.track)}"`,
      `لا يوجد مسار بالمعرّف "${shown(value.track)}"`,
    );
  }
  if (!Array.isArray(value.excerpts)) {
    ok = c.error(`${path}.excerpts`, 'the event must list its excerpts', 'يجب أن يذكر الحدث اقتباساته');
  } else {
    // The contract's promise: every dated event of the story rests on at least one excerpt.
    if (value.excerpts.length === 0 && value.context !== true)
      c.warn(
        `${path}.excerpts`,
        'the event cites no excerpt; every event of the story needs at least one',
        'الحدث بلا اقتباس؛ يحتاج كل حدث في القصة إلى اقتباس واحد على الأقل',
      );
    value.excerpts.forEach((excerpt, i) => {
      const result = checkExcerpt(c, excerpt, `${path}.excerpts[${i}]`, sources);
      if (!result.ok) ok = false;
      else if (!result.verified) unverified.add(excerpt as Excerpt);
    });
  }
  if (value.disputes !== undefined) {
    if (!Array.isArray(value.disputes))
      ok = c.error(`${path}.disputes`, 'disputes must be a list', 'يجب أن تكون الخلافات قائمة');
    else
      value.disputes.forEach((dispute, i) => {
        const at = `${path}.disputes[${i}]`;
        if (!isObject(dispute)) return (ok = c.error(at, 'a dispute must be an object', 'يجب أن يكون الخلاف كائنًا'));
        ok = c.text(dispute.note, `${at}.note`, { en: 'the dispute note', ar: 'ملاحظة الخلاف' }) && ok;
        if (!Array.isArray(dispute.excerpts))
          ok = c.error(`${at}.excerpts`, 'the dispute must list its excerpts', 'يجب أن يذكر الخلاف اقتباساته');
        else if (dispute.excerpts.length === 0)
          c.warn(
            `${at}.excerpts`,
            'the dispute cites no excerpt; readers need both accounts',
            'الخلاف بلا اقتباس؛ يحتاج القرّاء إلى الروايتين',
          );
        else
          dispute.excerpts.forEach((excerpt, j) => {
            const result = checkExcerpt(c, excerpt, `${at}.excerpts[${j}]`, sources);
            if (!result.ok) ok = false;
            else if (!result.verified) unverified.add(excerpt as Excerpt);
          });
        return ok;
      });
  }
  return ok;
}

/**
 * Whether `checkEvent` would pass an event without a single problem or unverified excerpt. Nearly
 * every event of a large dataset is such an event; this decides it without building a path, a
 * message or a set, and only the others go through the full check, which says what is wrong and where. A property test checks that
 * the results are the same with and without this shortcut.
 */
export function isCleanEvent(
  value: unknown,
  sources: Map<string, Source>,
  tracks: Set<string>,
  parsed: { date?: ParsedDate; end?: ParsedDate },
): boolean {
  if (!isObject(value) || !isNonEmptyString(value.id)) return false;
  const { precision, context, note, track } = value;
  if (precision !== undefined && !PRECISIONS.has(precision as string)) return false;
  const date = parseIsoDate(value.date);
  if (!date) return false;
  let end: ParsedDate | undefined;
  if (value.end !== undefined) {
    end = parseIsoDate(value.end);
    if (!end || end.end <= date.start) return false;
  }
  if (precision !== undefined && isFiner(precision as Precision, date.precision)) return false;
  parsed.date = date;
  parsed.end = end;
  if (context !== undefined && typeof context !== 'boolean') return false;
  if (note !== undefined && typeof note !== 'string') return false;
  if (!isText(value.title)) return false;
  if (value.summary !== undefined && !isText(value.summary)) return false;
  if (value.place !== undefined && !isText(value.place)) return false;
  if (track !== undefined && !tracks.has(track as string)) return false;
  const excerpts = value.excerpts;
  if (!Array.isArray(excerpts) || (excerpts.length === 0 && context !== true)) return false;
  for (let i = 0; i < excerpts.length; i += 1) if (!isCleanExcerpt(excerpts[i], sources)) return false;
  const disputes = value.disputes;
  if (disputes === undefined) return true;
  if (!Array.isArray(disputes)) return false;
  for (let i = 0; i < disputes.length; i += 1) {
    const dispute: unknown = disputes[i];
    if (!isObject(dispute) || !isText(dispute.note)) return false;
    const cited = dispute.excerpts;
    if (!Array.isArray(cited) || cited.length === 0) return false;
    for (let j = 0; j < cited.length; j += 1) if (!isCleanExcerpt(cited[j], sources)) return false;
  }
  return true;
}
