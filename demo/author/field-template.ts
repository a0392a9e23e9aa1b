/** A labelled text field with the validator's words about it, in the page's language. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Lang } from '../../src/model/types.js';
import type { Problem } from '../../src/model/validate.js';

export interface FieldOptions {
  /** The JSON path of the value: the field's id and what the validator calls it. */
  path: string;
  label: string;
  value: string | undefined;
  /** The page's language, for the problems' words. */
  lang: Lang;
  problems: Problem[];
  onInput: (value: string) => void;
  /** The language of the value, for its direction and font. */
  valueLang?: Lang;
  multiline?: boolean;
  type?: 'text' | 'url';
}

/** A DOM id from a JSON path. */
export const fieldId = (path: string) => `f-${path.replace(/[^\w-]+/g, '_')}`;

export function problemList(problems: Problem[], lang: Lang, id?: string): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<ul class="problems" id=${ifDefined(id)}>
    ${problems.map((p) => html`<li class=${p.level}>${p.message[lang]}</li>`)}
  </ul>`;
}

export function field(options: FieldOptions): TemplateResult {
  const { path, label, value, lang, problems, onInput, valueLang, multiline, type } = options;
  const id = fieldId(path);
  const errorId = `${id}-problems`;
  const invalid = problems.some((p) => p.level === 'error');
  const input = (e: Event) => onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const dir = valueLang ? (valueLang === 'ar' ? 'rtl' : 'ltr') : 'auto';
  const control = multiline
    ? html`<textarea
        id=${id}
        data-path=${path}
        lang=${ifDefined(valueLang)}
        dir=${dir}
        rows="2"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(problems.length ? errorId : undefined)}
        .value=${live(value ?? '')}
        @input=${input}
      ></textarea>`
    : html`<input
        id=${id}
        data-path=${path}
        type=${type ?? 'text'}
        lang=${ifDefined(valueLang)}
        dir=${dir}
        autocomplete="off"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${ifDefined(problems.length ? errorId : undefined)}
        .value=${live(value ?? '')}
        @input=${input}
      />`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${control} ${problemList(problems, lang, errorId)}
  </div>`;
}
