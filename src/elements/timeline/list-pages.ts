export interface ListRange {
  start: number;
  end: number;
}

/**
 * The range of a list's entries to render: `range` (within `count`) while it holds the selected entry
 * (`selectedAt`, −1 for none), else the page of the selected entry, so that it can be shown and
 * scrolled to without rendering every entry before it.
 */
export function listWindow(count: number, range: ListRange, selectedAt: number, pageSize: number): ListRange {
  let start = Math.max(0, range.start);
  let end = Math.min(count, Math.max(start, range.end));
  if (start >= count) {
    // A range past the end (the list got shorter) shows its last page rather than nothing.
    start = Math.max(0, count - pageSize);
    end = count;
  }
  if (selectedAt < 0 || selectedAt >= count || (selectedAt >= start && selectedAt < end)) return { start, end };
  const page = Math.floor(selectedAt / pageSize) * pageSize;
  return { start: page, end: Math.min(count, page + pageSize) };
}

/**
 * Events the list view renders at a time: a dataset of 100,000 events would be over a million elements
 * (10,000 took 1.2 s to show here); buttons before and after the list render the page next to it.
 */
export const LIST_PAGE = 200;

/**
 * Options a cluster list renders at a time. Thousands of events can share one instant (a live blog, or
 * the bench's pile-ups), and a list of all of them would be that many elements at once, and seconds
 * of work on a phone, for a list nobody scrolls through; a last option renders the next page.
 */
export const CLUSTER_LIST_PAGE = 100;

/** How many of a cluster list's options are rendered: `limit`, and up to the end of the selected one's page. */
export function clusterListShown(count: number, limit: number, selectedAt: number): number {
  const page = selectedAt < 0 ? 0 : Math.ceil((selectedAt + 1) / CLUSTER_LIST_PAGE) * CLUSTER_LIST_PAGE;
  return Math.min(count, Math.max(limit, page));
}
