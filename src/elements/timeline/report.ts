/** An unexpected failure must never escape into the page's code; it is logged for developers. */
export function report(error: unknown) {
  console.error('tarikh-timeline:', error);
}
