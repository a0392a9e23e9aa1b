/**
 * The `data` a page gave, held so that the element does not keep the page's objects alive: strongly
 * until the element has taken it (the reading then holds it until it is read), and after that only
 * weakly. What the element draws is its own copy, made as it read the data (see
 * model/validate/snapshot.ts); holding the page's object as well cost a million objects at a
 * million events (about 130 bytes an event). Once nothing else holds it, `data` gives the dataset as
 * drawn instead. A value that is not an object (a page's mistake, reported) is simply kept.
 */
export class GivenData<T> {
  private strong: T | null = null;
  private weak: WeakRef<T & object> | null = null;

  set(value: T | null) {
    this.strong = value;
    this.weak = typeof value === 'object' && value !== null ? new WeakRef(value) : null;
  }

  /** The value given while anything holds it; `drawn()` once nothing does. */
  get(drawn: () => T | null): T | null {
    if (this.strong !== null || !this.weak) return this.strong;
    return this.weak.deref() ?? drawn();
  }

  /** The element has taken the value: from now on it is held weakly. */
  taken() {
    if (this.weak) this.strong = null;
  }
}
