import type { Dataset } from './types.js';

/**
 * Types a dataset written in TypeScript: `defineDataset({ … })` checks the object against `Dataset` where it is
 * written (a misspelt field, or a `precision` that is not one of the five, is a type error on that line), where
 * a plain object literal would widen `lang: 'en'` to `string` and fail only where it is given to `data`. It
 * returns its argument unchanged: the element still validates the data when it is drawn, since types say
 * nothing of dates, offsets or quotes. For a JSON file, see the README's "TypeScript" section.
 */
export function defineDataset(dataset: Dataset): Dataset {
  return dataset;
}
