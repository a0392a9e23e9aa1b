import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Places an element at (x, y) px by its `transform`, set through the CSSOM rather than as a style
 * attribute. A zoom frame moves every node box and axis tick, some 150 elements: from a new style
 * attribute the browser builds a new inline declaration block for each, and here it changes the one
 * it has. Unlike `styleMap`, it keeps no record of properties: `transform` is all it sets. With
 * `undefined` (an empty node kept for reuse, hidden), the element stays where it was.
 */
class MoveTo extends Directive {
  private last = '';

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('moveTo() belongs on an element');
  }

  render(_x: number | undefined, _y = 0) {
    return nothing;
  }

  override update(part: ElementPart, [x, y = 0]: Parameters<this['render']>) {
    if (x === undefined) return noChange;
    const transform = `translate(${x}px,${y}px)`;
    if (transform !== this.last) {
      this.last = transform;
      (part.element as HTMLElement).style.transform = transform;
    }
    return noChange;
  }
}

export const moveTo = directive(MoveTo);
