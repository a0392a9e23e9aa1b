import { TRACK_PALETTE_SIZE } from './tokens.js';

/** Ids usable in a custom property name as they are; others get the palette colour only. */
const PLAIN_ID = /^[A-Za-z0-9_-]+$/;

const cache = new WeakMap<readonly { id: string }[], Map<string, string>>();

/**
 * The colour of each track, as a CSS value for `--_event-color`: the track's own property
 * (`--tarikh-track-<id>-color`) if the page sets it, else the palette colour of its position in the
 * dataset's tracks (`--tarikh-track-color-1…8`, reused in order past the eighth).
 */
export function trackColors(tracks: readonly { id: string }[] | undefined): ReadonlyMap<string, string> {
  if (!tracks) return new Map();
  let colors = cache.get(tracks);
  if (!colors) {
    colors = new Map();
    tracks.forEach((track, i) => {
      if (!track || typeof track.id !== 'string' || colors!.has(track.id)) return;
      const palette = `var(--_track-color-${(i % TRACK_PALETTE_SIZE) + 1})`;
      colors!.set(track.id, PLAIN_ID.test(track.id) ? `var(--tarikh-track-${track.id}-color, ${palette})` : palette);
    });
    cache.set(tracks, colors);
  }
  return colors;
}
