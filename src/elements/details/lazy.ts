let defined: Promise<void> | undefined;

/**
 * Defines `<tarikh-details>` and `<tarikh-source-view>`, loading their code the first time. Nothing of the
 * panel is needed before a reader selects an event, so the bundled build (src/bundled.ts) leaves it out of
 * the first load and fetches it as a separate file then, or earlier when the browser is idle; where the
 * package's index already imported it, this resolves at once. A failed load is tried again on the next call.
 */
export function defineDetails(): Promise<void> {
  defined ??= import('./define.js').then(
    () => undefined,
    (error: unknown) => {
      defined = undefined;
      throw error;
    },
  );
  return defined;
}
