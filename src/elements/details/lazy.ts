let defined: Promise<void> | undefined;

/**
 * Defines `<tarikh-details>` and `<tarikh-source-view>`, loading their code the first time. Nothing of the
 * panel is needed before a reader selects an event, so both builds leave it out of the first load: the
 * package's index as a chunk a bundler splits off (src/details.ts, `tarikh/details`), the bundled build as a
 * file of its own, fetched then or earlier when the browser is idle. A failed load is tried again on the next
 * call.
 */
export function defineDetails(): Promise<void> {
  defined ??= import('../../details.js').then(
    () => undefined,
    (error: unknown) => {
      defined = undefined;
      throw error;
    },
  );
  return defined;
}
