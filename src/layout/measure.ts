/**
 * Measures label widths with a canvas in a given CSS font, caching each string. Kept out of the
 * layout so the layout stays pure and testable with a stub.
 */
export class TextMeasurer {
  private readonly cache = new Map<string, number>();
  private context: CanvasRenderingContext2D | null = null;
  private font = '';

  /**
   * Sets the CSS font shorthand used from now on; a new font empties the cache. Returns whether it
   * changed. A new font is also measured once at once: the first text measured in a font costs the
   * browser several milliseconds of setting the font up (and makes the next hundred measurements
   * slower too), which is better spent now, as the element gets its size, than when data arrives.
   */
  setFont(font: string): boolean {
    if (font === this.font) return false;
    this.font = font;
    this.cache.clear();
    const context = this.canvas();
    if (context) {
      context.font = font;
      context.measureText(WARM_UP);
    }
    return true;
  }

  /** Forgets every width, for when a web font has finished loading. */
  clear() {
    this.cache.clear();
  }

  measure(text: string): number {
    let width = this.cache.get(text);
    if (width !== undefined) return width;
    const context = this.canvas();
    // Without a canvas (a DOM shim), assume a generous average advance.
    width = context ? context.measureText(text).width : text.length * 8;
    this.cache.set(text, Math.ceil(width));
    return Math.ceil(width);
  }

  private canvas(): CanvasRenderingContext2D | null {
    if (!this.context && typeof document !== 'undefined') {
      this.context = document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = this.font;
    }
    return this.context;
  }
}

/** Latin, Arabic and digits: what labels and the axis hold, in either language's font. */
const WARM_UP = 'Tarikh تاريخ 2024';
