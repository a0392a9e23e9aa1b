/**
 * Measures label widths with a canvas in a given CSS font, caching each string. Kept out of the
 * layout so the layout stays pure and testable with a stub.
 */
export class TextMeasurer {
  private readonly cache = new Map<string, number>();
  private context: CanvasRenderingContext2D | null = null;
  private font = '';

  /** Sets the CSS font shorthand used from now on; a new font empties the cache. Returns whether it changed. */
  setFont(font: string): boolean {
    if (font === this.font) return false;
    this.font = font;
    this.cache.clear();
    if (this.context) this.context.font = font;
    return true;
  }

  /** Forgets every width, for when a web font has finished loading. */
  clear() {
    this.cache.clear();
  }

  measure(text: string): number {
    let width = this.cache.get(text);
    if (width !== undefined) return width;
    if (!this.context) {
      this.context = document.createElement('canvas').getContext('2d');
      if (this.context) this.context.font = this.font;
    }
    // Without a canvas (a DOM shim), assume a generous average advance.
    width = this.context ? this.context.measureText(text).width : text.length * 8;
    this.cache.set(text, Math.ceil(width));
    return Math.ceil(width);
  }
}
