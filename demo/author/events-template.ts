/** The events: their list, and the form of the one being edited with its excerpts and disputes. */
import { html, nothing } from 'lit';
import type { Excerpt, Lang, Precision, TimelineEvent } from '../../src/model/types.js';
import { field, problemList } from './field-template.js';
import type { FieldProblems } from './field-problems.js';
import type { WorkbenchMessages } from './messages.js';
import {
  dissolveDispute,
  markDisputed,
  removeEvent,
  removeExcerpt,
  updateDisputeNote,
  updateEvent,
  updateExcerpt,
  type ExcerptList,
  type Story,
} from './story-edits.js';

export interface EventsInputs {
  story: Story;
  lang: Lang;
  m: WorkbenchMessages;
  problems: FieldProblems;
  /** The event being edited, by index. */
  editing: number | null;
  /** Excerpts of the edited event ticked for comparing, by index. */
  compared: ReadonlySet<number>;
  /** The excerpt just cited, whose translation is asked for. */
  justCited: Excerpt | null;
  edit: (story: Story) => void;
  choose: (index: number | null) => void;
  newEvent: () => void;
  toggleCompared: (index: number) => void;
}

const PRECISIONS: Precision[] = ['year', 'month', 'day', 'hour', 'minute'];

export const eventTitle = (event: TimelineEvent | undefined, lang: Lang, m: WorkbenchMessages) =>
  event?.title?.[lang] || event?.title?.[lang === 'ar' ? 'en' : 'ar'] || m.untitled;

function excerptTemplate(
  excerpt: Excerpt,
  at: string,
  list: ExcerptList,
  index: number,
  eventIndex: number,
  inputs: EventsInputs,
) {
  const { story, lang, m, problems, edit } = inputs;
  const source = story.sources.find((s) => s.id === excerpt.source);
  const quoteLang: Lang = source?.lang ?? 'ar';
  const translate = (l: Lang) =>
    field({
      path: `${at}.translation.${l}`,
      label: l === 'ar' ? m.translationAr : m.translationEn,
      value: excerpt.translation?.[l],
      lang,
      valueLang: l,
      multiline: true,
      problems: problems.at(`${at}.translation.${l}`),
      onInput: (value) => edit(updateExcerpt(inputs.story, eventIndex, list, index, { [l]: value })),
    });
  const asked = inputs.justCited === excerpt;
  const compareId = `compare-${index}`;
  return html`<li class="excerpt" data-path=${at}>
    <blockquote lang=${quoteLang} dir=${quoteLang === 'ar' ? 'rtl' : 'ltr'}>${excerpt.quote}</blockquote>
    <p class="muted"><bdi>${excerpt.source}</bdi> · <span dir="ltr">${excerpt.start}–${excerpt.end}</span></p>
    ${asked ? html`<p class="asked" role="status">${m.translationAsked}</p>` : nothing}
    ${quoteLang === 'ar' ? nothing : translate('ar')} ${quoteLang === 'en' ? nothing : translate('en')}
    <div class="row">
      ${
        list.dispute === null
          ? html`<input
                type="checkbox"
                id=${compareId}
                .checked=${inputs.compared.has(index)}
                @change=${() => inputs.toggleCompared(index)}
              /><label for=${compareId}>${m.compare}</label>`
          : nothing
      }
      <button type="button" class="remove" @click=${() => edit(removeExcerpt(story, eventIndex, list, index))}>
        ${m.removeExcerpt}
      </button>
    </div>
    ${problemList(problems.restUnder(at), lang)}
  </li>`;
}

function disputeTemplate(eventIndex: number, d: number, inputs: EventsInputs) {
  const { story, lang, m, problems, edit } = inputs;
  const event = story.events[eventIndex]!;
  const dispute = event.disputes![d]!;
  const at = `$.events[${eventIndex}].disputes[${d}]`;
  const note = (l: Lang) =>
    field({
      path: `${at}.note.${l}`,
      label: l === 'ar' ? m.noteAr : m.noteEn,
      value: dispute.note?.[l],
      lang,
      valueLang: l,
      multiline: true,
      problems: problems.at(`${at}.note.${l}`),
      onInput: (value) => edit(updateDisputeNote(inputs.story, eventIndex, d, { [l]: value })),
    });
  return html`<section class="dispute" aria-labelledby="dispute-${d}">
    <h4 id="dispute-${d}">${m.dispute(d + 1)}</h4>
    ${note('ar')} ${note('en')}
    <ol class="excerpts">
      ${dispute.excerpts.map((x, i) =>
        excerptTemplate(x, `${at}.excerpts[${i}]`, { dispute: d }, i, eventIndex, inputs),
      )}
    </ol>
    <button type="button" class="undo-dispute" @click=${() => edit(dissolveDispute(story, eventIndex, d))}>
      ${m.undoDispute}
    </button>
    ${problemList(problems.restUnder(at), lang)}
  </section>`;
}

function eventForm(index: number, inputs: EventsInputs) {
  const { story, lang, m, problems, edit } = inputs;
  const event = story.events[index]!;
  const at = `$.events[${index}]`;
  const change = (fields: Parameters<typeof updateEvent>[2]) => edit(updateEvent(inputs.story, index, fields));
  const plain = (key: 'id' | 'date' | 'end', label: string) =>
    field({
      path: `${at}.${key}`,
      label,
      value: event[key],
      lang,
      valueLang: key === 'id' ? undefined : 'en',
      problems: problems.at(`${at}.${key}`),
      onInput: (value) => change({ [key]: value }),
    });
  const bilingual = (key: 'title' | 'summary' | 'place', l: Lang, label: string) =>
    field({
      path: `${at}.${key}.${l}`,
      label,
      value: event[key]?.[l],
      lang,
      valueLang: l,
      multiline: key === 'summary',
      problems: problems.at(`${at}.${key}.${l}`),
      onInput: (value) => {
        const old = inputs.story.events[index]?.[key] ?? { ar: '', en: '' };
        change({ [key]: { ...old, [l]: value } });
      },
    });
  const tracks = story.tracks ?? [];
  const own: ExcerptList = { dispute: null };
  return html`<form class="event-form" aria-labelledby="event-form-heading" @submit=${(e: Event) => e.preventDefault()}>
    <h3 id="event-form-heading"><bdi>${eventTitle(event, lang, m)}</bdi></h3>
    <div class="grid">
      ${plain('id', m.eventId)} ${plain('date', m.date)}
      <div class="field">
        <label for="f-precision">${m.precision}</label>
        <select
          id="f-precision"
          @change=${(e: Event) => change({ precision: (e.target as HTMLSelectElement).value as Precision })}
        >
          ${PRECISIONS.map(
            (p) => html`<option value=${p} ?selected=${(event.precision ?? 'day') === p}>${m.precisions[p]}</option>`,
          )}
        </select>
        ${problemList(problems.at(`${at}.precision`), lang)}
      </div>
      ${plain('end', m.end)} ${bilingual('title', 'ar', m.titleAr)} ${bilingual('title', 'en', m.titleEn)}
      ${bilingual('summary', 'ar', m.summaryAr)} ${bilingual('summary', 'en', m.summaryEn)}
      ${bilingual('place', 'ar', m.placeAr)} ${bilingual('place', 'en', m.placeEn)}
      <div class="field">
        <label for="f-track">${m.track}</label>
        <select id="f-track" @change=${(e: Event) => change({ track: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${!event.track}>${m.noTrack}</option>
          ${tracks.map(
            (t) => html`<option value=${t.id} ?selected=${event.track === t.id}>${t.label?.[lang] || t.id}</option>`,
          )}
        </select>
        ${problemList(problems.at(`${at}.track`), lang)}
      </div>
    </div>
    <section class="event-excerpts" aria-labelledby="excerpts-heading">
      <h4 id="excerpts-heading">${m.excerpts}</h4>
      ${problemList(problems.at(`${at}.excerpts`), lang)}
      ${
        event.excerpts.length
          ? html`<ol class="excerpts">
              ${event.excerpts.map((x, i) => excerptTemplate(x, `${at}.excerpts[${i}]`, own, i, index, inputs))}
            </ol>`
          : html`<p class="muted">${m.noExcerpts}</p>`
      }
      ${
        event.excerpts.length >= 2
          ? html`<p class="muted">${m.disputeHint}</p>
              <button
                type="button"
                class="mark-disputed"
                ?disabled=${inputs.compared.size < 2}
                @click=${() => edit(markDisputed(story, index, [...inputs.compared]))}
              >
                ${m.markDisputed}
              </button>`
          : nothing
      }
    </section>
    ${(event.disputes ?? []).map((_, d) => disputeTemplate(index, d, inputs))}
    ${problemList(problems.restUnder(at), lang)}
    <button type="button" class="remove" @click=${() => edit(removeEvent(story, index))}>${m.removeEvent}</button>
  </form>`;
}

const errorCount = (count: number, m: WorkbenchMessages) =>
  count ? html`<span class="error-count">${m.errors(count)}</span>` : nothing;

export function eventsTemplate(inputs: EventsInputs) {
  const { story, lang, m, editing } = inputs;
  return html`<section class="events" aria-labelledby="events-heading">
    <h2 id="events-heading">${m.eventsHeading}</h2>
    <button type="button" class="new-event" @click=${inputs.newEvent}>${m.newEvent}</button>
    ${
      story.events.length
        ? html`<ol class="event-list">
            ${story.events.map(
              (event, i) =>
                html`<li>
                  <button
                    type="button"
                    class="event-choice"
                    aria-current=${editing === i ? 'true' : 'false'}
                    @click=${() => inputs.choose(i)}
                  >
                    <span dir="ltr" class="muted">${event.date}</span> <bdi>${eventTitle(event, lang, m)}</bdi>
                    ${errorCount(inputs.problems.errorsUnder(`$.events[${i}]`), m)}
                  </button>
                </li>`,
            )}
          </ol>`
        : html`<p class="muted">${m.noEvents}</p>`
    }
    ${editing !== null && story.events[editing] ? eventForm(editing, inputs) : nothing}
  </section>`;
}
