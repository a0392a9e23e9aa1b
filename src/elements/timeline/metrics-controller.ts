import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StyleProbeController } from '../../controllers/style-probe.js';
import type { ShownItems } from '../../model/shown-items.js';
import { PlotMetrics } from './plot-metrics.js';

/**
 * Keeps the plot's sizes and fonts (PlotMetrics) in step with the element's CSS: read on the first
 * render, a resize and a change of language, and again whenever a theme changes them at run time
 * (seen by style probes) or a web font finishes loading. Label widths measured in a font no longer
 * used are forgotten, and the host asked to draw again.
 */
export class MetricsController implements ReactiveController {
  readonly metrics = new PlotMetrics();
  /** A theme changing the label font, node size, lane height, axis height or spacing at run time lays the nodes out again. */
  private readonly probe: StyleProbeController;
  private readonly onFontsLoaded = () => {
    // A family the page switched to may have been loading (its fallback measured the same as before).
    this.read();
    this.metrics.fontsLoaded();
    this.shown.forgetLabelWidths();
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly shown: ShownItems,
    private readonly rtl: () => boolean,
  ) {
    host.addController(this);
    this.probe = new StyleProbeController(host, () => {
      // A new font, node size or gap makes new label widths, and so new layouts (their keys hold the
      // widths' version and the lanes); lane and axis heights are read by every frame.
      if (this.read()) host.requestUpdate();
    });
  }

  hostConnected() {
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  hostDisconnected() {
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
  }

  /** Starts watching the hidden probes sized by the CSS the layout reads (rendered once, they stay). */
  watch(probes: Iterable<Element>) {
    this.probe.observe(probes);
  }

  /** Reads the sizes the layout depends on from the element's CSS; returns whether any changed. */
  read(): boolean {
    const changed = this.metrics.read(getComputedStyle(this.host), this.rtl());
    if (changed.labelWidths) this.shown.forgetLabelWidths();
    return changed.any;
  }
}
