// The bundled dataset's type. TypeScript widens the strings of a JSON import (`lang` becomes `string`), which
// would make `timeline.data = story` a type error; package.json's `exports` points TypeScript here instead.
// Under `bundler` resolution a default import is the default export below; under `nodenext`, with
// `with { type: 'json' }`, TypeScript takes a JSON module's default import to be the module itself, so its
// top-level fields are exported by name as well.
import type { Dataset } from '../dist/types/index.js';

declare const dataset: Dataset;
export default dataset;

export declare const title: Dataset['title'];
export declare const view: Dataset['view'];
export declare const story: Dataset['story'];
export declare const tracks: Dataset['tracks'];
export declare const sources: Dataset['sources'];
export declare const events: Dataset['events'];
