/**
 * What d3-zoom needs of d3-transition, for the bundled build (rollup.config.ts resolves d3-zoom's import of
 * `d3-transition` here; the library build and the dev server use d3-transition itself).
 *
 * d3-zoom imports d3-transition only to stop a running transition on the element when a gesture starts
 * (`interrupt(node)` and `selection.interrupt()`), but importing d3-transition patches
 * `selection.prototype.transition` with the whole Transition class, and with it d3-color, d3-ease, d3-timer
 * and most of d3-interpolate: about 5 KB gzipped. d3-transition ships as one file, so rollup cannot shake
 * the patch off. The timeline never starts a d3 transition: the zoom controller animates with its own
 * requestAnimationFrame loop and handles double-click itself (d3-zoom's double-click is the only place it
 * would start one). In the bundled build d3-selection is a private copy, so no other code can start a
 * transition on its selections either, and there is never anything to interrupt.
 */
import { selection } from 'd3-selection';

/** Stops the transitions running on `node`: there are none in this build. */
export function interrupt(_node: Element, _name?: string): void {}

const prototype = selection.prototype as { interrupt?: (name?: string) => unknown };
prototype.interrupt ??= function interruptAll(this: unknown) {
  return this;
};
