/** The story's own fields: its title in both languages and its tracks. */
import { html } from 'lit';
import type { Lang } from '../../src/model/types.js';
import { field, problemList } from './field-template.js';
import type { FieldProblems } from './field-problems.js';
import type { WorkbenchMessages } from './messages.js';
import { addTrack, updateTitle, updateTrack, type Story } from './story-edits.js';

export interface StoryInputs {
  story: Story;
  lang: Lang;
  m: WorkbenchMessages;
  problems: FieldProblems;
  edit: (story: Story) => void;
}

export function storyTemplate({ story, lang, m, problems, edit }: StoryInputs) {
  const title = (l: Lang) =>
    field({
      path: `$.title.${l}`,
      label: l === 'ar' ? m.storyTitleAr : m.storyTitleEn,
      value: story.title?.[l],
      lang,
      valueLang: l,
      problems: problems.at(`$.title.${l}`),
      onInput: (value) => edit(updateTitle(story, { [l]: value })),
    });
  const tracks = story.tracks ?? [];
  return html`<section class="story" aria-labelledby="story-heading">
    <h2 id="story-heading">${m.storyHeading}</h2>
    <div class="grid">${title('ar')} ${title('en')}</div>
    ${problemList(problems.restUnder('$.title'), lang)}
    <h3>${m.tracks}</h3>
    <ol class="tracks">
      ${tracks.map((track, i) => {
        const at = `$.tracks[${i}]`;
        return html`<li class="grid">
          ${field({
            path: `${at}.id`,
            label: m.trackId,
            value: track.id,
            lang,
            problems: problems.at(`${at}.id`),
            onInput: (id) => edit(updateTrack(story, i, { id })),
          })}
          ${(['ar', 'en'] as const).map((l) =>
            field({
              path: `${at}.label.${l}`,
              label: l === 'ar' ? m.labelAr : m.labelEn,
              value: track.label?.[l],
              lang,
              valueLang: l,
              problems: problems.at(`${at}.label.${l}`),
              onInput: (value) => edit(updateTrack(story, i, { label: { [l]: value } })),
            }),
          )}
          ${problemList(problems.restUnder(at), lang)}
        </li>`;
      })}
    </ol>
    <button type="button" class="add-track" @click=${() => edit(addTrack(story))}>${m.addTrack}</button>
  </section>`;
}
