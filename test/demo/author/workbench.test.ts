import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../demo/author/workbench.js';
import type { TarikhWorkbench } from '../../../demo/author/workbench.js';
import { messages } from '../../../demo/author/messages.js';
import type { TarikhTimeline } from '../../../src/index.js';
import type { Dataset } from '../../../src/model/types.js';
import { validateDataset } from '../../../src/model/validate.js';

const LANGS = ['en', 'ar'] as const;

/** An Arabic report with full vowels on its key sentence, a byte order mark and CRLF line ends. */
const ARTICLE =
  '\uFEFFبيونغ يانغ (أ ف ب) - \r\nوَقَّعَ الرَّئِيسَانِ مُعَاهَدَةَ الشَّرَاكَةِ الاِسْتِرَاتِيجِيَّةِ الشَّامِلَةِ فِي بْيُونْغ يَانْغ.\r\n\r\nوقال الكرملين إن الزيارة تاريخية.';
const ENGLISH = 'Putin met Kim at the Vostochny cosmodrome on Wednesday.\nThey toured the launch pads.';

let databases = 0;
/** A fresh database name per page, so tests do not restore each other's work. */
const freshDatabase = () => `tarikh-workbench-test-${Date.now()}-${databases++}`;

async function workbench(lang: 'ar' | 'en', database = freshDatabase()) {
  const el = await fixture<TarikhWorkbench>(
    html`<tarikh-workbench lang=${lang} database=${database} style="width: 1200px"></tarikh-workbench>`,
  );
  await el.restored;
  await el.updateComplete;
  // Downloads are caught, not offered.
  const files: { name: string; text: string }[] = [];
  el.saveFile = (name, text) => files.push({ name, text });
  return { el, files, database };
}

const $ = <T extends Element = HTMLElement>(el: TarikhWorkbench, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: TarikhWorkbench, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** Types into the field of a JSON path as a user would (one input event with the new value). */
async function fill(el: TarikhWorkbench, path: string, value: string) {
  const input = $<HTMLInputElement>(el, `[data-path="${path}"]`);
  expect(input, `a field for ${path}`).to.not.equal(null);
  input!.value = value;
  input!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function choose(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Adds the articles as chosen .txt files, makes one event and fills what the validator asks for. */
async function storyWithEvent(el: TarikhWorkbench) {
  await choose($<HTMLInputElement>(el, '.source-files')!, [
    new File([ARTICLE], 'afp-treaty.txt', { type: 'text/plain' }),
    new File([ENGLISH], 'summit.txt', { type: 'text/plain' }),
  ]);
  await waitUntil(() => el.story.sources.length === 2, 'both articles added');
  await el.updateComplete;
  await fill(el, '$.title.ar', 'المعاهدة');
  await fill(el, '$.title.en', 'The treaty');
  for (const [i, ar, en] of [
    [0, 'المعاهدة', 'The treaty'],
    [1, 'القمة', 'The summit'],
  ] as const) {
    await fill(el, `$.sources[${i}].title.ar`, ar);
    await fill(el, `$.sources[${i}].title.en`, en);
    await fill(el, `$.sources[${i}].outlet.ar`, 'وكالة');
    await fill(el, `$.sources[${i}].outlet.en`, 'Agency');
  }
  $(el, '.new-event')!.click();
  await el.updateComplete;
  await fill(el, '$.events[0].date', '2024-06-19');
  await fill(el, '$.events[0].title.ar', 'توقيع المعاهدة');
  await fill(el, '$.events[0].title.en', 'The treaty is signed');
}

const reader = (el: TarikhWorkbench) => $(el, 'tarikh-source-view')!;
const article = (el: TarikhWorkbench) => reader(el).shadowRoot!.querySelector('article')!;

async function readSource(el: TarikhWorkbench, id: string) {
  $$(el, 'button.read')
    .find((b) => b.textContent!.includes(id))!
    .click();
  await el.updateComplete;
  await (reader(el) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** The text node of the reader holding `piece`, and where in it `piece` starts. */
function textPoint(el: TarikhWorkbench, piece: string): [Text, number] {
  const walker = document.createTreeWalker(article(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(piece);
    if (at >= 0) return [node, at];
  }
  throw new Error(`no text node holds «${piece}»`);
}

async function selectAndCite(el: TarikhWorkbench, from: [Node, number], to: [Node, number]) {
  document.getSelection()!.setBaseAndExtent(from[0], from[1], to[0], to[1]);
  await waitUntil(() => !$<HTMLButtonElement>(el, '.cite')!.disabled, 'the selection is read');
  $(el, '.cite')!.click();
  await waitUntil(() => el.story.events[0]!.excerpts.length > 0, 'cited');
  await el.updateComplete;
}

const dataFrom = (files: { name: string; text: string }[], name: string) =>
  JSON.parse(files.filter((f) => f.name === name).at(-1)!.text) as Dataset;

afterEach(() => document.getSelection()?.removeAllRanges());

for (const lang of LANGS) {
  describe(`workbench (${lang})`, () => {
    it('keeps a dropped article exactly as given, byte order mark and CRLF included', async () => {
      const { el } = await workbench(lang);
      await storyWithEvent(el);
      expect(el.story.sources[0]!.text).to.equal(ARTICLE);
      expect(el.story.sources[0]!.lang).to.equal('ar');
      expect(el.story.sources[1]!.lang).to.equal('en');
    });

    it('cites a passage with diacritics selected through the Selection API, highlights it and asks for its translation', async () => {
      const { el } = await workbench(lang);
      await storyWithEvent(el);
      await readSource(el, 'afp-treaty');
      const quote = 'مُعَاهَدَةَ الشَّرَاكَةِ';
      const [node, at] = textPoint(el, quote);
      await selectAndCite(el, [node, at + quote.length], [node, at]);
      const excerpt = el.story.events[0]!.excerpts[0]!;
      expect(ARTICLE.slice(excerpt.start, excerpt.end)).to.equal(quote);
      expect(excerpt.quote).to.equal(quote);
      // Highlighted in the reader, and the English translation is asked for.
      await (reader(el) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const current = reader(el).shadowRoot!.querySelector('[part~="mark-current"]')!;
      expect(current.textContent).to.equal(quote);
      expect(el.shadowRoot!.activeElement?.getAttribute('data-path')).to.equal(
        '$.events[0].excerpts[0].translation.en',
      );
      expect($(el, '.asked')!.textContent).to.not.equal('');
      // The passage is no longer selected, so a second press cannot cite it twice.
      expect($<HTMLButtonElement>(el, '.cite')!.disabled).to.equal(true);
    });

    it('cites a passage that spans a highlighted mark with its exact offsets', async () => {
      const { el } = await workbench(lang);
      await storyWithEvent(el);
      await readSource(el, 'afp-treaty');
      const [node, at] = textPoint(el, 'مُعَاهَدَةَ');
      await selectAndCite(el, [node, at], [node, at + 'مُعَاهَدَةَ'.length]);
      await (reader(el) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      // Now «مُعَاهَدَةَ» is a mark: select from the word before it into the word after it.
      const [before, b] = textPoint(el, 'الرَّئِيسَانِ');
      const [after, a] = textPoint(el, 'الشَّرَاكَةِ');
      expect(before).to.not.equal(after);
      document.getSelection()!.setBaseAndExtent(before, b, after, a + 'الشَّرَاكَةِ'.length);
      await waitUntil(() => $(el, '.selection q')?.textContent === 'الرَّئِيسَانِ مُعَاهَدَةَ الشَّرَاكَةِ');
      $(el, '.cite')!.click();
      await waitUntil(() => el.story.events[0]!.excerpts.length === 2, 'cited twice');
      const excerpt = el.story.events[0]!.excerpts[1]!;
      expect(ARTICLE.slice(excerpt.start, excerpt.end)).to.equal('الرَّئِيسَانِ مُعَاهَدَةَ الشَّرَاكَةِ');
    });

    it('cites a passage selected with the keyboard: Shift and the arrows, in the Arabic text', async () => {
      const { el } = await workbench(lang);
      await storyWithEvent(el);
      await readSource(el, 'afp-treaty');
      const [node, at] = textPoint(el, 'الرَّئِيسَانِ');
      $(el, '.reader-box')!.focus();
      document.getSelection()!.collapse(node, at);
      await sendKeys({ down: 'Shift' });
      // Eight letters, each with its marks; the Arabic line runs leftward.
      for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ up: 'Shift' });
      await waitUntil(() => !$<HTMLButtonElement>(el, '.cite')!.disabled, 'the selection is read');
      $(el, '.cite')!.click();
      await waitUntil(() => el.story.events[0]!.excerpts.length > 0, 'cited');
      const excerpt = el.story.events[0]!.excerpts[0]!;
      expect(ARTICLE.slice(excerpt.start, excerpt.end)).to.equal('الرَّئِيسَانِ');
    });

    it('shows the validator’s message next to the field, in the page’s language', async () => {
      const { el } = await workbench(lang);
      await storyWithEvent(el);
      await fill(el, '$.events[0].date', '2024-13-40');
      const input = $(el, '[data-path="$.events[0].date"]')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const problems = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
      const expected = validateDataset(el.story).problems.find((p) => p.path === '$.events[0].date')!;
      expect(problems.textContent!.trim()).to.equal(expected.message[lang]);
      // The event's entry in the list says how many problems it has.
      const errors = validateDataset(el.story).problems.filter(
        (p) => p.level === 'error' && p.path.startsWith('$.events[0]'),
      ).length;
      expect(errors).to.be.greaterThan(0);
      expect($(el, '.event-choice .error-count')!.textContent).to.equal(messages[lang].errors(errors));
    });

    it('restores the work after a reload', async () => {
      const first = await workbench(lang);
      await storyWithEvent(first.el);
      await readSource(first.el, 'afp-treaty');
      const [node, at] = textPoint(first.el, 'وَقَّعَ');
      await selectAndCite(first.el, [node, at], [node, at + 'وَقَّعَ'.length]);
      await fill(first.el, '$.events[0].excerpts[0].translation.en', 'signed');
      await first.el.saved();
      const typed = structuredClone(first.el.story);
      first.el.remove();
      const again = await workbench(lang, first.database);
      expect(again.el.story).to.deep.equal(typed);
      expect($(again.el, '.save-status')!.textContent).to.contain(lang === 'ar' ? 'استُعيد' : 'restored');
      expect(($(again.el, '[data-path="$.events[0].title.en"]') as HTMLInputElement).value).to.equal(
        'The treaty is signed',
      );
    });

    it('exports a dataset that passes the validator and is drawn, and imports it into a fresh page unchanged', async () => {
      const { el, files } = await workbench(lang);
      await storyWithEvent(el);
      await readSource(el, 'afp-treaty');
      const [node, at] = textPoint(el, 'وَقَّعَ الرَّئِيسَانِ');
      await selectAndCite(el, [node, at], [node, at + 'وَقَّعَ الرَّئِيسَانِ'.length]);
      await fill(el, '$.events[0].excerpts[0].translation.en', 'The two presidents signed');
      $(el, '.export-dataset')!.click();
      const dataset = dataFrom(files, 'dataset.json');
      expect(validateDataset(dataset).problems).to.deep.equal([]);
      const excerpt = dataset.events[0]!.excerpts[0]!;
      expect(dataset.sources[0]!.text.slice(excerpt.start, excerpt.end)).to.equal('وَقَّعَ الرَّئِيسَانِ');

      const timeline = await fixture<TarikhTimeline>(
        html`<tarikh-timeline lang=${lang} style="width: 800px; height: 300px" .data=${dataset}></tarikh-timeline>`,
      );
      await waitUntil(() => timeline.shadowRoot!.querySelectorAll('[part~="event"]').length === 1, 'the event drawn');

      const fresh = await workbench(lang);
      await choose($<HTMLInputElement>(fresh.el, '.import-files')!, [
        new File([files.at(-1)!.text], 'dataset.json', { type: 'application/json' }),
      ]);
      await waitUntil(() => fresh.el.story.events.length === 1, 'imported');
      $(fresh.el, '.export-dataset')!.click();
      expect(dataFrom(fresh.files, 'dataset.json')).to.deep.equal(dataset);
    });

    it('exports the authoring file and its texts, which import into a fresh page as the same dataset', async () => {
      const { el, files } = await workbench(lang);
      await storyWithEvent(el);
      await readSource(el, 'afp-treaty');
      // «الشَّ» comes twice: the authoring file must say which.
      const [node, at] = textPoint(el, 'الشَّامِلَةِ');
      await selectAndCite(el, [node, at], [node, at + 'الشَّ'.length]);
      await fill(el, '$.events[0].excerpts[0].translation.en', 'the');
      $(el, '.export-authoring')!.click();
      $(el, '.export-texts')!.click();
      $(el, '.export-dataset')!.click();
      const authored = JSON.parse(files.find((f) => f.name === 'story.authoring.json')!.text);
      expect(authored.sources[0].file).to.equal('afp-treaty.txt');
      expect(authored.events[0].excerpts[0]).to.deep.include({ quote: 'الشَّ', occurrence: 2 });

      const fresh = await workbench(lang);
      await choose(
        $<HTMLInputElement>(fresh.el, '.import-files')!,
        files
          .filter((f) => f.name !== 'dataset.json')
          .map(
            (f) => new File([f.text], f.name, { type: f.name.endsWith('.txt') ? 'text/plain' : 'application/json' }),
          ),
      );
      await waitUntil(() => fresh.el.story.events.length === 1, 'imported');
      expect(fresh.el.story).to.deep.equal(dataFrom(files, 'dataset.json'));
    });

    it('marks two excerpts as disagreeing, with the note in both languages', async () => {
      const { el, files } = await workbench(lang);
      await storyWithEvent(el);
      await readSource(el, 'afp-treaty');
      const [node, at] = textPoint(el, 'وَقَّعَ');
      await selectAndCite(el, [node, at], [node, at + 'وَقَّعَ'.length]);
      await fill(el, '$.events[0].excerpts[0].translation.en', 'signed');
      await readSource(el, 'summit');
      const [en, e] = textPoint(el, 'Vostochny cosmodrome');
      document.getSelection()!.setBaseAndExtent(en, e, en, e + 'Vostochny cosmodrome'.length);
      await waitUntil(() => $(el, '.selection q')?.textContent === 'Vostochny cosmodrome');
      $(el, '.cite')!.click();
      await waitUntil(() => el.story.events[0]!.excerpts.length === 2, 'cited twice');
      await fill(el, '$.events[0].excerpts[1].translation.ar', 'قاعدة فوستوشني');
      for (const box of $$(el, '.excerpt input[type="checkbox"]')) box.click();
      await el.updateComplete;
      $(el, '.mark-disputed')!.click();
      await el.updateComplete;
      await fill(el, '$.events[0].disputes[0].note.ar', 'يختلف المصدران');
      await fill(el, '$.events[0].disputes[0].note.en', 'The sources differ');
      expect(el.story.events[0]!.disputes![0]!.excerpts.map((x) => x.quote)).to.deep.equal([
        'وَقَّعَ',
        'Vostochny cosmodrome',
      ]);
      $(el, '.export-dataset')!.click();
      const dataset = dataFrom(files, 'dataset.json');
      expect(dataset.events[0]!.disputes![0]!.note).to.deep.equal({ ar: 'يختلف المصدران', en: 'The sources differ' });
      // The event now rests only on its dispute: the validator says so, as a warning, not an error.
      expect(validateDataset(dataset).problems.filter((p) => p.level === 'error')).to.deep.equal([]);
    });

    it('warns before leaving with changes not exported, and not once they are', async () => {
      const { el } = await workbench(lang);
      await fill(el, '$.title.en', 'A story');
      const leaving = new Event('beforeunload', { cancelable: true });
      dispatchEvent(leaving);
      expect(leaving.defaultPrevented).to.equal(true);
      $(el, '.export-authoring')!.click();
      const again = new Event('beforeunload', { cancelable: true });
      dispatchEvent(again);
      expect(again.defaultPrevented).to.equal(false);
    });

    it('asks before an import replaces changes not exported, and before removing a cited source', async () => {
      const { el, files } = await workbench(lang);
      await storyWithEvent(el);
      await readSource(el, 'afp-treaty');
      const [node, at] = textPoint(el, 'وَقَّعَ');
      await selectAndCite(el, [node, at], [node, at + 'وَقَّعَ'.length]);
      const asked: string[] = [];
      el.confirmChange = (message) => (asked.push(message), false);
      const before = structuredClone(el.story);
      const other = { title: { ar: 'أخرى', en: 'Other' }, sources: [], events: [] };
      await choose($<HTMLInputElement>(el, '.import-files')!, [
        new File([JSON.stringify(other)], 'other.json', { type: 'application/json' }),
      ]);
      $$(el, '.source .remove')[0]!.click();
      await el.updateComplete;
      expect(asked).to.deep.equal([messages[lang].replaceUnexported, messages[lang].removeCited(1)]);
      expect(el.story).to.deep.equal(before);
      // Once exported, the import goes ahead without asking.
      $(el, '.export-dataset')!.click();
      expect(files.length).to.equal(1);
      await choose($<HTMLInputElement>(el, '.import-files')!, [
        new File([JSON.stringify(other)], 'other.json', { type: 'application/json' }),
      ]);
      await waitUntil(() => el.story.title.en === 'Other', 'imported');
      expect(asked.length).to.equal(2);
    });

    it('finds no accessibility violations with a story open', async () => {
      const { el } = await workbench(lang);
      await storyWithEvent(el);
      await readSource(el, 'afp-treaty');
      const [node, at] = textPoint(el, 'وَقَّعَ');
      await selectAndCite(el, [node, at], [node, at + 'وَقَّعَ'.length]);
      await fill(el, '$.events[0].excerpts[0].translation.en', 'signed');
      const timeline = $(el, 'tarikh-timeline')!;
      await waitUntil(() => timeline.shadowRoot!.querySelector('[part~="event"]'), 'the preview drawn');
      await expect(el).to.be.accessible();
    });
  });
}
