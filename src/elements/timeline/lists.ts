/**
 * The list view and the cluster list: their templates and styles, a file of their own loaded the first time
 * either is shown or printed (lists-loading.ts), as the first paint draws neither. The styles come with the
 * forced-colours and print blocks after them, as those override the parts' own styles (parts.styles.ts).
 */
import { clusterListStyles } from './cluster-list.styles.js';
import { listStyles } from './list.styles.js';
import { printStyles } from './print.styles.js';
import { forcedColorStyles } from './timeline.styles.js';

export { clusterListTemplate, listViewTemplate } from './list-template.js';

export const listsStyles = [listStyles, clusterListStyles, forcedColorStyles, printStyles];
