import { parseIsoDate } from '../dates.js';
import type { Source } from '../types.js';
import { isNonEmptyString, isObject, shown, type Checker } from './checker.js';
import { isHttpUrl } from './problem.js';
import { Unreadable } from './unreadable.js';
import { checkReproductions } from '../reproductions.js';

function checkSource(c: Checker, value: unknown, path: string): value is Source {
  if (c.unreadable(value, path)) return false;
  if (!isObject(value)) return c.error(path, 'a source must be an object', 'يجب أن يكون المصدر كائنًا');
  let ok = true;
  if (!isNonEmptyString(value.id)) ok = c.error(`${path}.id`, 'the source has no id', 'المصدر بلا معرّف');
  ok = c.text(value.title, `${path}.title`, { en: 'the source title', ar: 'عنوان المصدر' }) && ok;
  ok = c.text(value.outlet, `${path}.outlet`, { en: 'the outlet', ar: 'اسم الناشر' }) && ok;
  if (value.lang !== 'ar' && value.lang !== 'en')
    ok = c.error(`${path}.lang`, 'the source language must be "ar" or "en"', 'يجب أن تكون لغة المصدر "ar" أو "en"');
  if (typeof value.text !== 'string' || value.text.length === 0)
    ok = c.error(`${path}.text`, 'the source has no text', 'المصدر بلا نص');
  if (value.published !== undefined && !parseIsoDate(value.published)) {
    c.warn(
      `${path}.published`,
      `"${shown(value.published)}" is not an ISO 8601 date`,
      `"${shown(value.published)}" ليس تاريخًا بصيغة ISO 8601`,
    );
  }
  if (value.url !== undefined && !isHttpUrl(value.url)) {
    c.warn(`${path}.url`, 'the link is not an http(s) URL and will not be shown', 'الرابط ليس عنوان http(s) ولن يُعرض');
  }
  return ok;
}

/**
 * The usable sources of `$.sources` by id; an unusable one's id is kept in `c.brokenSources`, so
 * that excerpts citing it say why it is missing.
 */
export function checkSources(c: Checker, list: unknown): Map<string, Source> {
  const sources = new Map<string, Source>();
  if (c.unreadable(list, '$.sources')) return sources;
  if (list !== undefined && !Array.isArray(list))
    c.error('$.sources', 'sources must be a list', 'يجب أن تكون المصادر قائمة');
  (Array.isArray(list) ? list : []).forEach((source: unknown, i) => {
    const path = `$.sources[${i}]`;
    if (!checkSource(c, source, path)) {
      if (isObject(source) && !(source instanceof Unreadable) && isNonEmptyString(source.id) && !sources.has(source.id))
        c.brokenSources.set(source.id, path);
      return;
    }
    if (sources.has(source.id))
      return c.error(
        `${path}.id`,
        `the source id "${shown(source.id)}" is used twice`,
        `معرّف المصدر "${shown(source.id)}" مستخدم مرتين`,
      );
    sources.set(source.id, source);
  });
  c.problems.push(...checkReproductions(list, sources));
  return sources;
}
