import type { Track } from '../types.js';
import { isNonEmptyString, isObject, shown, type Checker } from './checker.js';

/** The usable tracks of `$.tracks`; an unusable one's id is kept in `c.brokenTracks`. */
export function checkTracks(c: Checker, list: unknown): Track[] {
  const tracks: Track[] = [];
  if (c.unreadable(list, '$.tracks')) return tracks;
  if (list !== undefined && !Array.isArray(list))
    c.error('$.tracks', 'tracks must be a list', 'يجب أن تكون المسارات قائمة');
  (Array.isArray(list) ? list : []).forEach((track: unknown, i) => {
    const path = `$.tracks[${i}]`;
    if (c.unreadable(track, path)) return;
    if (!isObject(track) || !isNonEmptyString(track.id))
      return c.error(`${path}.id`, 'the track has no id', 'المسار بلا معرّف');
    const id = track.id;
    if (!c.text(track.label, `${path}.label`, { en: 'the track label', ar: 'اسم المسار' })) {
      if (!tracks.some((t) => t.id === id)) c.brokenTracks.set(id, path);
      return;
    }
    if (tracks.some((t) => t.id === id))
      return c.error(
        `${path}.id`,
        `the track id "${shown(id)}" is used twice`,
        `معرّف المسار "${shown(id)}" مستخدم مرتين`,
      );
    tracks.push(track as unknown as Track);
  });
  return tracks;
}
