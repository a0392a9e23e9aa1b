import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../../src/elements/source-view/define.js';
import '../../src/index.js';
// The workbench keeps working offline once loaded (test/node/workbench.test.mjs): the timeline's list code, which
// the timeline otherwise loads in idle time, is bundled with the page and handed to it.
import * as lists from '../../src/elements/timeline/lists.js';
import { provideLists } from '../../src/elements/timeline/lists-loading.js';
import type { TarikhSourceView } from '../../src/elements/source-view/source-view.js';
import { toLang } from '../../src/i18n/messages.js';
import type { Excerpt, Lang } from '../../src/model/types.js';
import { validateDataset } from '../../src/model/validate.js';
import { DraftSaver } from './draft-saver.js';
import { DraftStore } from './draft-store.js';
import { eventsTemplate, eventTitle } from './events-template.js';
import { FieldProblems } from './field-problems.js';
import { fieldId, problemList } from './field-template.js';
import { download, fileText } from './file-io.js';
import { messages } from './messages.js';
import { ReaderSelection } from './reader-selection.js';
import { readerTemplate } from './reader-template.js';
import { sourcesTemplate } from './sources-template.js';
import { storyTemplate } from './story-template.js';
import { addEvent, addSource, cite, emptyStory, type Story } from './story-edits.js';
import { builtDataset, readImport, textFileOf, toAuthored } from './transfer.js';
import type { BuildProblem } from '../../src/authoring/build-dataset.js';
import { workbenchStyles } from './workbench.styles.js';

provideLists(lists);

type SaveStatus = 'idle' | 'saving' | 'saved' | 'restored' | 'notSaved';

/**
 * The authoring workbench of the demo site (`demo/author/`): sources, events, citing by
 * selecting in the reader, a live preview, the work kept in IndexedDB, and the files `tarikh`
 * reads and writes. Demo-only; not part of the package.
 */
export class TarikhWorkbench extends LitElement {
  static override styles = workbenchStyles;

  /** UI language (`ar` or `en`). */
  @property({ reflect: true }) override lang: Lang = 'en';

  /** The IndexedDB database the draft is kept in (tests give each page its own). */
  @property({ attribute: 'database' }) database = 'tarikh-workbench';

  /** Offers a file to the reader; replaced in tests. */
  saveFile: (name: string, text: string, type?: string) => void = download;

  /** Asks before a change that loses work (an import over unexported changes, a cited source removed); replaced in tests. */
  confirmChange: (message: string) => boolean = (message) => confirm(message);

  @state() story: Story = emptyStory();
  @state() editing: number | null = null;
  @state() reading: string | null = null;
  @state() private compared = new Set<number>();
  @state() private justCited: Excerpt | null = null;
  @state() saveStatus: SaveStatus = 'idle';
  @state() unexported = false;
  @state() private notice = '';
  @state() private transferProblems: BuildProblem[] = [];

  /** Resolves once the saved draft, if any, is restored. */
  restored: Promise<void> = Promise.resolve();

  private readonly selection = new ReaderSelection(this);
  private store: DraftStore | null = null;
  private saver: DraftSaver | null = null;
  private edited = false;

  get reader(): TarikhSourceView | null {
    return this.renderRoot?.querySelector?.('tarikh-source-view') ?? null;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.store = new DraftStore(this.database);
    this.saver = new DraftSaver(this.store, (ok) => (this.saveStatus = ok ? 'saved' : 'notSaved'));
    this.restored = this.restore(this.store);
    addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
    const store = this.store;
    void this.saver?.settled().then(() => store?.close());
  }

  private async restore(store: DraftStore) {
    const draft = await store.load();
    if (!draft || this.edited) return;
    this.story = draft.story;
    this.unexported = draft.unexported;
    this.editing = draft.story.events.length ? 0 : null;
    this.reading = draft.story.sources[0]?.id ?? null;
    this.saveStatus = 'restored';
  }

  /** Resolves when the work typed so far is in IndexedDB. */
  async saved(): Promise<void> {
    await this.saver?.settled();
  }

  private onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.unexported) return;
    e.preventDefault();
    // Chromium before 119 asks through returnValue.
    e.returnValue = '';
  };

  private edit = (story: Story, exported = false) => {
    this.story = story;
    this.edited = true;
    this.unexported = !exported;
    this.saveStatus = 'saving';
    this.saver?.save({ story, unexported: this.unexported });
  };

  private get m() {
    return messages[toLang(this.lang)];
  }

  async addFiles(files: FileList | File[]) {
    let story = this.story;
    let first: string | null = null;
    for (const file of [...files]) {
      const added = addSource(story, await fileText(file), file.name);
      story = added.story;
      first ??= added.id;
    }
    this.edit(story);
    if (first) this.reading = first;
  }

  private addPasted = (text: string) => {
    const added = addSource(this.story, text, 'source');
    this.edit(added.story);
    this.reading = added.id;
  };

  private newEvent = () => {
    const { story, index } = addEvent(this.story, new Date().toISOString().slice(0, 10));
    this.edit(story);
    this.choose(index);
  };

  private choose = (index: number | null) => {
    this.editing = index;
    this.compared = new Set();
    this.justCited = null;
  };

  private toggleCompared = (index: number) => {
    const next = new Set(this.compared);
    if (!next.delete(index)) next.add(index);
    this.compared = next;
  };

  /** Cites the passage selected in the reader for the event being edited, then asks for its translation. */
  async citeSelection() {
    this.selection.read();
    const span = this.selection.span;
    if (this.editing === null || !span) return;
    const done = cite(this.story, this.editing, span.source, span);
    if (!done) return;
    this.edit(done.story);
    // The passage is now a highlighted excerpt; left selected, a second press would cite it twice.
    document.getSelection()?.removeAllRanges();
    this.selection.clear();
    this.justCited = done.excerpt;
    this.compared = new Set();
    this.notice = `${this.m.cited}: «${done.excerpt.quote}»`;
    await this.updateComplete;
    const event = this.story.events[this.editing]!;
    const index = event.excerpts.indexOf(done.excerpt);
    const source = this.story.sources.find((s) => s.id === span.source);
    const ask = source?.lang === 'en' ? 'ar' : 'en';
    const path = `$.events[${this.editing}].excerpts[${index}].translation.${ask}`;
    this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`)?.focus();
  }

  /** The dataset the story publishes, built by `tarikh build`'s module, and what is still wrong with it. */
  exportDataset(): string {
    const { dataset, problems } = builtDataset(this.story);
    const found = [...problems, ...validateDataset(dataset).problems.filter((p) => p.level === 'error')];
    this.finishExport(found);
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    this.saveFile('dataset.json', json);
    return json;
  }

  exportAuthoring(): string {
    const json = `${JSON.stringify(toAuthored(this.story).authored, null, 2)}\n`;
    this.finishExport([]);
    this.saveFile('story.authoring.json', json);
    return json;
  }

  private exportTexts = () => {
    for (const source of this.story.sources) this.saveFile(textFileOf(source), source.text, 'text/plain');
  };

  private finishExport(problems: BuildProblem[]) {
    this.transferProblems = problems;
    this.notice = problems.length ? this.m.exportProblems(problems.length) : '';
    this.edit(this.story, true);
  }

  /** Imports a dataset, or an authoring file with its articles' .txt files. */
  async importFiles(files: FileList | File[]) {
    const hasWork = this.story.sources.length > 0 || this.story.events.length > 0;
    if (hasWork && this.unexported && !this.confirmChange(this.m.replaceUnexported)) return;
    const texts = new Map(this.story.sources.map((s) => [textFileOf(s), s.text]));
    let json: unknown = undefined;
    for (const file of [...files]) {
      const text = await fileText(file);
      if (/\.json$/i.test(file.name)) {
        try {
          json = JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          json = null;
        }
      } else texts.set(file.name, text);
    }
    const imported = readImport(json, texts);
    this.transferProblems = imported.problems;
    if (imported.kind === 'unknown') {
      this.notice = this.m.importProblems;
      return;
    }
    this.edit(imported.story, true);
    this.choose(imported.story.events.length ? 0 : null);
    this.reading = imported.story.sources[0]?.id ?? null;
    this.notice = this.m.imported(imported.story.events.length, imported.story.sources.length);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('story') && this.reading && !this.story.sources.some((s) => s.id === this.reading))
      this.reading = this.story.sources[0]?.id ?? null;
    if (changed.has('story') && this.editing !== null && !this.story.events[this.editing])
      this.editing = this.story.events.length ? this.story.events.length - 1 : null;
  }

  private filesTemplate() {
    const m = this.m;
    const status = { idle: '', saving: m.saving, saved: m.saved, restored: m.restored, notSaved: m.notSaved }[
      this.saveStatus
    ];
    const choose = (e: Event) => {
      const input = e.target as HTMLInputElement;
      if (input.files?.length) void this.importFiles(input.files);
      input.value = '';
    };
    return html`<section class="files" aria-labelledby="files-heading">
      <h2 id="files-heading" class="visually-hidden">${m.files}</h2>
      <p class="save-status" role="status">${status}${this.unexported ? html` · ${m.unexported}` : ''}</p>
      <div class="row">
        <button type="button" class="export-authoring" @click=${() => this.exportAuthoring()}>
          ${m.exportAuthoring}
        </button>
        <button type="button" class="export-texts" @click=${this.exportTexts}>${m.exportTexts}</button>
        <button type="button" class="export-dataset" @click=${() => this.exportDataset()}>${m.exportDataset}</button>
        <label class="button file">
          ${m.importFiles}
          <input
            class="import-files"
            type="file"
            accept=".json,.txt,application/json,text/plain"
            multiple
            @change=${choose}
          />
        </label>
      </div>
      <p class="muted">${m.importHint}</p>
      ${problemList(
        this.transferProblems.map((p) => ({ ...p, level: 'error' as const })),
        toLang(this.lang),
      )}
    </section>`;
  }

  override render() {
    const lang = toLang(this.lang);
    const m = this.m;
    const story = this.story;
    const problems = new FieldProblems(validateDataset(story).problems);
    const source = story.sources.find((s) => s.id === this.reading) ?? null;
    const event = this.editing === null ? undefined : story.events[this.editing];
    const highlight =
      this.justCited?.source === source?.id
        ? this.justCited
        : ([...(event?.excerpts ?? [])].reverse().find((x) => x.source === source?.id) ?? null);
    const span = this.selection.span;
    const common = { story, lang, m, problems, edit: this.edit };
    return html`<div class="workbench" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
      ${this.filesTemplate()}
      <div class="columns">
        <div class="column">
          ${storyTemplate(common)}
          ${sourcesTemplate({
            ...common,
            reading: this.reading,
            read: (id) => (this.reading = id),
            addFiles: (files) => void this.addFiles(files),
            addPasted: this.addPasted,
            confirm: (message) => this.confirmChange(message),
          })}
        </div>
        <div class="column">
          ${readerTemplate({
            story,
            lang,
            m,
            source,
            highlight,
            selected: span && span.source === source?.id ? span.text.slice(span.start, span.end) : null,
            target: event ? eventTitle(event, lang, m) : null,
            notice: this.notice,
            onKeydown: this.selection.onKeydown,
            cite: () => void this.citeSelection(),
            chooseEvent: (id) => this.choose(story.events.findIndex((e) => e.id === id)),
          })}
          ${eventsTemplate({
            ...common,
            editing: this.editing,
            compared: this.compared,
            justCited: this.justCited,
            choose: this.choose,
            newEvent: this.newEvent,
            toggleCompared: this.toggleCompared,
          })}
        </div>
      </div>
      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">${m.previewHeading}</h2>
        <tarikh-timeline
          lang=${lang}
          .data=${story}
          @tarikh-select=${(e: CustomEvent<{ id: string | null }>) => {
            const index = story.events.findIndex((x) => x.id === e.detail.id);
            if (index >= 0 && index !== this.editing) this.choose(index);
          }}
        ></tarikh-timeline>
      </section>
    </div>`;
  }
}

if (!customElements.get('tarikh-workbench')) customElements.define('tarikh-workbench', TarikhWorkbench);

declare global {
  interface HTMLElementTagNameMap {
    'tarikh-workbench': TarikhWorkbench;
  }
}
