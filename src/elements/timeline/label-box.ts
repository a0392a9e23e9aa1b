/** Longest label before it is truncated: longer ones are unreadable at a glance anyway. */
export const MAX_LABEL_WIDTH = 240;
/**
 * Longest label on a folded axis: folding gives the bursts the width the empty months took, and
 * that width is only of use to the reader if the titles may take it (issue #25).
 */
export const MAX_FOLDED_LABEL_WIDTH = 400;
/** A label's inline padding (`.label` in nodes.styles.ts): its box is the text plus this. */
export const LABEL_PADDING = 4;

/**
 * The room a dispute badge takes beside the dot (`.badge` in nodes.styles.ts: the node size plus
 * 2 px wide, drawn a third of the node size over the dot, and the node's gap after it), which the
 * label's box must leave it, or the label is cut by that much.
 */
export const badgeRoom = (nodeSize: number, labelGap: number) => nodeSize + 2 - nodeSize / 3 + labelGap;

/** The width a label's box takes beside its dot: its text (at most `longest`), padding, and a badge's room. */
export const labelBoxWidth = (textWidth: number, badge: number, longest = MAX_LABEL_WIDTH) =>
  Math.min(longest, textWidth) + LABEL_PADDING + badge;
