// Vue 3 types for Tarikh's elements, for vue-tsc and the editor. Opt in once, in any file the project
// type-checks (a `.d.ts` or a `<script setup lang="ts">`):
//   import type {} from 'tarikh/vue';
// Vue's compiler must still be told that `tarikh-*` tags are custom elements (README, "Vue 3"); bind `data` as a
// property with `:data.prop`. `@tarikh-select` is typed through the `onTarikhSelect` prop, as Vue names it.
import type { DefineComponent } from 'vue';
import type { TarikhEventMap } from 'tarikh';
import type { TarikhDetailsProps, TarikhSourceViewProps, TarikhTimelineProps } from './elements.js';

/** `tarikh-select` → `onTarikhSelect`, as Vue turns `@tarikh-select` into a prop name. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
type VueEventProps<Names extends keyof TarikhEventMap> = {
  [Name in Names as `on${Capitalize<Camel<Name>>}`]?: (event: TarikhEventMap[Name]) => void;
};

declare module 'vue' {
  export interface GlobalComponents {
    'tarikh-timeline': DefineComponent<
      TarikhTimelineProps & VueEventProps<'tarikh-select' | 'tarikh-range-change' | 'tarikh-load' | 'tarikh-error'>
    >;
    'tarikh-details': DefineComponent<
      TarikhDetailsProps & VueEventProps<'tarikh-details-close' | 'tarikh-source-select' | 'tarikh-story-step'>
    >;
    'tarikh-source-view': DefineComponent<TarikhSourceViewProps & VueEventProps<'tarikh-source-select'>>;
  }
}
