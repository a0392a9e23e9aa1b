import { sharedStyles } from '../../styles/shared.js';
import { tokens } from '../../styles/tokens.js';
import { axisStyles } from './axis.styles.js';
import { foldMarkStyles } from './fold-marks.styles.js';
import { controlsStyles } from './controls.styles.js';
import { nodeStyles } from './nodes.styles.js';
import { overviewStyles } from './overview.styles.js';
import { printStyles } from './print.styles.js';
import { probeStyles } from './probe.styles.js';
import { statusStyles } from './status.styles.js';
import { storyStartStyles } from './story-start.styles.js';
import { forcedColorStyles, timelineStyles } from './timeline.styles.js';
import { tooltipStyles } from './tooltip.styles.js';

/**
 * The element's styles, part by part, in the order they cascade: forced colours and print come
 * last, as they override the parts' own styles. The list view's and cluster list's come with their
 * code (lists.ts), which adds them after these and then forced colours and print again.
 */
export const timelinePartStyles = [
  tokens,
  sharedStyles,
  timelineStyles,
  nodeStyles,
  probeStyles,
  axisStyles,
  foldMarkStyles,
  statusStyles,
  controlsStyles,
  storyStartStyles,
  tooltipStyles,
  overviewStyles,
  forcedColorStyles,
  printStyles,
];
