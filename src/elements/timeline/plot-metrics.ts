import { TextMeasurer } from '../../layout/measure.js';

/** The sizes and fonts the plot's layout reads from the element's CSS. */
export interface Sizes {
  nodeSize: number;
  laneHeight: number;
  axisHeight: number;
  /** Space between a node's dot and its label (the node's flex gap, three quarters of `--tarikh-spacing`). */
  labelGap: number;
  font: string;
  /** The font of the axis labels (`--tarikh-axis-font-size`), in which they are measured to keep them apart. */
  axisFont: string;
}

/** What changed in a `read`. */
export interface SizesChange {
  /** Anything the layout or a frame reads. */
  any: boolean;
  /** Something a label's width depends on (its font, or the node and gap its box holds). */
  labelWidths: boolean;
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

const px = (value: string, fallback: number) => {
  const n = parseFloat(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * The plot's sizes, read from the element's computed style, and the text measured in its fonts:
 * event labels, axis labels and cluster counts. A theme switched at run time or a web font that
 * finished loading changes them; the element reads them again then (see StyleProbeController).
 */
export class PlotMetrics {
  sizes: Sizes = {
    nodeSize: 12,
    laneHeight: 28,
    axisHeight: 44,
    labelGap: 6,
    font: '13px sans-serif',
    axisFont: '12px sans-serif',
  };
  /** Event labels, in the label font. */
  readonly labels = new TextMeasurer();
  /** Axis labels, in the axis font. */
  readonly axis = new TextMeasurer();
  /** Cluster counts, in the bold of a cluster pill. */
  private readonly counts = new TextMeasurer();
  /** Widest digit of a cluster count, in pixels (0 until measured in the current font). */
  private digitWidth = 0;

  /** Reads the sizes from the element's computed style (`rtl`: in the Arabic font); says what changed. */
  read(style: CSSStyleDeclaration, rtl: boolean): SizesChange {
    const fontSize = style.getPropertyValue('--_font-size').trim() || '13px';
    const family = style.getPropertyValue(rtl ? '--_font-ar' : '--_font').trim() || style.fontFamily;
    const before = this.sizes;
    const sizes: Sizes = {
      nodeSize: px(style.getPropertyValue('--_node-size'), 12),
      laneHeight: px(style.getPropertyValue('--_lane-height'), 28),
      axisHeight: px(style.getPropertyValue('--tarikh-axis-height'), 44),
      labelGap: px(style.getPropertyValue('--_space'), 8) * 0.75,
      font: `${fontSize} ${family}`,
      axisFont: `${style.getPropertyValue('--_axis-font-size').trim() || '12px'} ${family}`,
    };
    this.sizes = sizes;
    const fontChanged = this.labels.setFont(sizes.font);
    const axisFontChanged = this.axis.setFont(sizes.axisFont);
    if (this.counts.setFont(`600 ${sizes.font}`)) this.digitWidth = 0;
    // A label's box holds a dispute badge sized by the node and the gap (see badgeRoom in timeline.ts).
    const badgeChanged = before.nodeSize !== sizes.nodeSize || before.labelGap !== sizes.labelGap;
    return {
      any:
        fontChanged ||
        axisFontChanged ||
        badgeChanged ||
        before.laneHeight !== sizes.laneHeight ||
        before.axisHeight !== sizes.axisHeight,
      labelWidths: fontChanged || badgeChanged,
    };
  }

  /** A web font finished loading: every width measured in its fallback is forgotten. */
  fontsLoaded() {
    this.labels.clear();
    this.axis.clear();
    this.counts.clear();
    this.digitWidth = 0;
  }

  /**
   * Width of a cluster pill showing `count`: its digits (bold, tabular), the pill's padding (the label
   * gap) on each side and its border. At 100,000 events a cluster holds thousands, which a pill of the
   * least width cut off at both ends.
   */
  readonly countWidth = (count: number): number => {
    this.digitWidth ||= Math.max(...DIGITS.map((d) => this.counts.measure(d.repeat(10)) / 10));
    return Math.ceil(String(count).length * this.digitWidth + 2 * this.sizes.labelGap + 2);
  };
}
