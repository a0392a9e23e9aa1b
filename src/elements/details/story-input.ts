/** A step through the story: towards its start or its end. */
export type StoryDirection = 'previous' | 'next';

/**
 * The step a key asks for inside the details panel: `]` and `[` (by the key's character, or where a
 * layout prints something else on those keys, as Arabic ones do, by their place), mirrored with the
 * layout, so that "next" is the key on the side the story runs to: the right one in English, the left
 * one in Arabic. Not the arrows: they scroll the panel and move through its text, and Alt with an
 * arrow is the browser's Back and Forward. Any modifier but Shift leaves the key to the browser.
 */
export function storyKeyStep(
  key: string,
  code: string,
  rtl: boolean,
  modifiers: { ctrl?: boolean; meta?: boolean; alt?: boolean } = {},
): StoryDirection | null {
  if (modifiers.ctrl || modifiers.meta || modifiers.alt) return null;
  const side =
    key === '['
      ? 'left'
      : key === ']'
        ? 'right'
        : // A key that types a bracket elsewhere on the keyboard is that bracket, not this place.
          key === '{' || key === '}'
          ? null
          : code === 'BracketLeft'
            ? 'left'
            : code === 'BracketRight'
              ? 'right'
              : null;
  if (!side) return null;
  return (side === 'right') !== rtl ? 'next' : 'previous';
}

/** Least sideways travel of a swipe, in CSS pixels: well past a tap's wobble, a third of a phone's width. */
export const SWIPE_DISTANCE = 56;
/** Longest swipe: a finger held longer is selecting text or reading, not turning a page. */
export const SWIPE_TIME_MS = 700;

/**
 * The step a one-finger swipe asks for: sideways (at least twice as far as up or down, so scrolling
 * the panel never steps), far and quick enough. As a page turns, the finger pulls the next event in
 * from the side the story runs to: leftwards in English, rightwards in Arabic.
 */
export function swipeStep(dx: number, dy: number, ms: number, rtl: boolean): StoryDirection | null {
  if (!(Math.abs(dx) >= SWIPE_DISTANCE) || Math.abs(dx) < 2 * Math.abs(dy) || !(ms <= SWIPE_TIME_MS)) return null;
  return dx < 0 !== rtl ? 'next' : 'previous';
}
