import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells the host when the CSS its layout reads changes at run time: a theme switched on the page
 * (a class or attribute on an ancestor, a swapped stylesheet) can change the label font or the node
 * size, and no event says that a custom property has a new value. Hidden probes sized by those
 * properties are watched instead: a ResizeObserver reports each probe's size when it starts
 * observing it, and again whenever the size changes.
 */
export class StyleProbeController implements ReactiveController {
  private observer?: ResizeObserver;
  private readonly probes = new Set<Element>();
  /** Each probe's last reported size. */
  private readonly sizes = new WeakMap<Element, string>();

  /** `onChange` runs when a probe's size differs from the size it had when first observed, or last changed. */
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  /** Starts watching these probes (the ones already watched are left as they are). */
  observe(probes: Iterable<Element>) {
    for (const probe of probes) {
      if (this.probes.has(probe)) continue;
      this.probes.add(probe);
      this.observer?.observe(probe);
    }
  }

  hostConnected() {
    this.observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const { target, contentRect } of entries) {
        const size = `${contentRect.width}×${contentRect.height}`;
        const before = this.sizes.get(target);
        this.sizes.set(target, size);
        if (before !== undefined && before !== size) changed = true;
      }
      if (changed) this.onChange();
    });
    for (const probe of this.probes) this.observer.observe(probe);
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
