/** The sources: adding articles (dropped, chosen or pasted) and each one's form. */
import { html, nothing } from 'lit';
import type { Lang, Source } from '../../src/model/types.js';
import { field, problemList } from './field-template.js';
import type { FieldProblems } from './field-problems.js';
import type { WorkbenchMessages } from './messages.js';
import { removeSource, updateSource, type Story } from './story-edits.js';

export interface SourcesInputs {
  story: Story;
  lang: Lang;
  m: WorkbenchMessages;
  problems: FieldProblems;
  reading: string | null;
  edit: (story: Story) => void;
  read: (id: string) => void;
  addFiles: (files: FileList | File[]) => void;
  addPasted: (text: string) => void;
  /** Asks the reporter to confirm a change that loses work. */
  confirm: (message: string) => boolean;
}

/** How many excerpts cite a source. */
const citing = (story: Story, id: string) =>
  story.events.reduce(
    (n, e) =>
      n +
      e.excerpts.filter((x) => x.source === id).length +
      (e.disputes ?? []).reduce((d, dispute) => d + dispute.excerpts.filter((x) => x.source === id).length, 0),
    0,
  );

function sourceForm(source: Source, i: number, inputs: SourcesInputs) {
  const { story, lang, m, problems, edit } = inputs;
  const at = `$.sources[${i}]`;
  const change = (fields: Parameters<typeof updateSource>[2]) => edit(updateSource(inputs.story, i, fields));
  const f = (key: 'title' | 'outlet', l: Lang, label: string) =>
    field({
      path: `${at}.${key}.${l}`,
      label,
      value: source[key]?.[l],
      lang,
      valueLang: l,
      problems: problems.at(`${at}.${key}.${l}`),
      onInput: (value) => change({ [key]: { ...inputs.story.sources[i]![key], [l]: value } }),
    });
  const langId = `f-source-lang-${i}`;
  const current = inputs.reading === source.id;
  return html`<li class="source">
    <div class="row">
      <h3 class="source-name"><bdi>${source.id}</bdi></h3>
      <span class="muted">${m.characters(source.text.length)}</span>
      <button
        type="button"
        class="read"
        aria-pressed=${current ? 'true' : 'false'}
        @click=${() => inputs.read(source.id)}
      >
        ${m.read}<span class="visually-hidden">: ${source.id}</span>
      </button>
      <button
        type="button"
        class="remove"
        @click=${() => {
          const count = citing(story, source.id);
          if (count === 0 || inputs.confirm(m.removeCited(count))) edit(removeSource(story, i));
        }}
      >
        ${m.removeSource}<span class="visually-hidden">: ${source.id}</span>
      </button>
    </div>
    <div class="grid">
      ${field({
        path: `${at}.id`,
        label: m.sourceId,
        value: source.id,
        lang,
        problems: problems.at(`${at}.id`),
        onInput: (id) => change({ id }),
      })}
      <div class="field">
        <label for=${langId}>${m.sourceLang}</label>
        <select id=${langId} @change=${(e: Event) => change({ lang: (e.target as HTMLSelectElement).value as Lang })}>
          <option value="ar" ?selected=${source.lang === 'ar'}>${m.arabic}</option>
          <option value="en" ?selected=${source.lang === 'en'}>${m.english}</option>
        </select>
        ${problemList(problems.at(`${at}.lang`), lang)}
      </div>
      ${f('title', 'ar', m.headlineAr)} ${f('title', 'en', m.headlineEn)} ${f('outlet', 'ar', m.outletAr)}
      ${f('outlet', 'en', m.outletEn)}
      ${field({
        path: `${at}.published`,
        label: m.published,
        value: source.published,
        lang,
        valueLang: 'en',
        problems: problems.at(`${at}.published`),
        onInput: (published) => change({ published }),
      })}
      ${field({
        path: `${at}.url`,
        label: m.url,
        value: source.url,
        lang,
        valueLang: 'en',
        type: 'url',
        problems: problems.at(`${at}.url`),
        onInput: (url) => change({ url }),
      })}
    </div>
    ${problemList(problems.restUnder(at), lang)}
  </li>`;
}

export function sourcesTemplate(inputs: SourcesInputs) {
  const { story, m, lang, problems } = inputs;
  const drop = (e: DragEvent) => {
    e.preventDefault();
    if (e.dataTransfer?.files.length) inputs.addFiles(e.dataTransfer.files);
  };
  const choose = (e: Event) => {
    const input = e.target as HTMLInputElement;
    if (input.files?.length) inputs.addFiles(input.files);
    input.value = '';
  };
  const paste = (e: Event) => {
    const area = (e.target as HTMLElement).closest('.paste')!.querySelector('textarea')!;
    if (!area.value.trim()) return;
    inputs.addPasted(area.value);
    area.value = '';
  };
  return html`<section class="sources" aria-labelledby="sources-heading">
    <h2 id="sources-heading">${m.sourcesHeading}</h2>
    <div class="drop" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${drop}>
      <span>${m.dropHint}</span>
      <label class="button file">
        ${m.chooseFiles}
        <input class="source-files" type="file" accept=".txt,text/plain" multiple @change=${choose} />
      </label>
    </div>
    <div class="paste field">
      <label for="paste-article">${m.pasteLabel}</label>
      <textarea id="paste-article" rows="3" dir="auto"></textarea>
      <button type="button" class="add-pasted" @click=${paste}>${m.addPasted}</button>
    </div>
    ${problemList(problems.at('$.sources'), lang)}
    ${
      story.sources.length
        ? html`<ol class="source-list">
            ${story.sources.map((s, i) => sourceForm(s, i, inputs))}
          </ol>`
        : html`<p class="muted">${m.noSources}</p>`
    }
    ${nothing}
  </section>`;
}
