import '../src/index.js';
import type { Dataset, Lang, TarikhTimeline } from '../src/index.js';
import { embedSnippet } from './embed.js';
import { messages, type PageMessages } from './messages.js';
import { citationCounts } from './sources.js';
import { formatHash, historyMode, isoForHash, parseHash, type DemoState } from './state.js';
import { applyTheme, storedTheme, THEMES, type Theme } from './theme.js';

const timeline = document.querySelector<TarikhTimeline>('tarikh-timeline')!;
const search = document.querySelector<HTMLInputElement>('#search')!;
const chips = document.querySelector<HTMLElement>('#track-chips')!;
const sourceList = document.querySelector<HTMLOListElement>('#source-list')!;
const embedCode = document.querySelector<HTMLElement>('#embed-code')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy-button')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;

/** The dataset, for the page's own parts (chips, sources, title); the element loads it from `src` itself. */
let dataset: Dataset | null = null;

// ——— State and the URL ———

/** A reader whose browser prefers Arabic gets the Arabic page unless the link says otherwise. */
const preferredLang: Lang = navigator.languages?.[0]?.toLowerCase().startsWith('ar') ? 'ar' : 'en';

let state: DemoState = parseHash(location.hash, preferredLang);

/** Records the state in the URL: a new history entry for a selection or language, else the same entry. */
function commit(next: DemoState) {
  // A URL without `lang` showed the language the page had until now.
  const previous = parseHash(location.hash, state.lang);
  state = next;
  const mode = historyMode(previous, next);
  if (mode === 'none') return;
  const url = `${location.pathname}${location.search}${formatHash(next)}`;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Shows a state on the page and in the timeline, without writing it back to the URL. */
function show(next: DemoState) {
  state = next;
  setLanguage(next.lang);
  timeline.hiddenTracks = [...next.hide];
  timeline.groupTracks = next.group;
  timeline.filter = next.q;
  if (search.value !== next.q) search.value = next.q;
  updateChips();
  // The element reads `start`/`end` as the window to show (also before its data has arrived).
  if (next.from) timeline.start = next.from;
  if (next.to) timeline.end = next.to;
  // The property, not select(): restoring is not a new selection, so no tarikh-select and no history entry.
  if (timeline.selected !== next.event) timeline.selected = next.event;
  if (next.from && next.to) {
    const [from, to] = [new Date(next.from), new Date(next.to)];
    // Once the element has taken the new language, show the exact window: it reads a reflected `end`
    // as the end of that minute, and re-reads its window in the new direction (see switchLanguage).
    void timeline.updateComplete.then(() => timeline.zoomTo(from, to, { animate: false }));
  }
}

/** Back, Forward, or an edited hash: show what the URL now says. */
function restore() {
  const next = parseHash(location.hash, state.lang);
  if (formatHash(next) !== formatHash(state)) show(next);
}
window.addEventListener('popstate', restore);
window.addEventListener('hashchange', restore);

timeline.addEventListener('tarikh-select', (event) => {
  commit({ ...state, event: (event as CustomEvent<{ id: string | null }>).detail.id });
});
timeline.addEventListener('tarikh-range-change', (event) => {
  const { start, end } = (event as CustomEvent<{ start: Date; end: Date }>).detail;
  commit({ ...state, from: isoForHash(start), to: isoForHash(end) });
});

// ——— Language ———

/** The language the page is shown in. */
let pageLang: Lang = state.lang;

function t<K extends keyof PageMessages>(key: K): PageMessages[K] {
  return messages[pageLang][key];
}

function setLanguage(lang: Lang) {
  pageLang = lang;
  const root = document.documentElement;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  // The element keeps its selection and window across a change of language by itself.
  timeline.lang = lang;
  const m = messages[lang];
  document.title = m.pageTitle;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = m[node.dataset.i18n as keyof PageMessages];
    if (typeof value === 'string') node.textContent = value;
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const value = m[node.dataset.i18nLabel as keyof PageMessages];
    if (typeof value === 'string') node.setAttribute('aria-label', value);
  }
  for (const node of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) {
    const value = m[node.dataset.i18nPlaceholder as keyof PageMessages];
    if (typeof value === 'string') node.placeholder = value;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  embedCode.textContent = embedSnippet(lang);
  copyStatus.textContent = '';
  renderChips();
  renderSources();
}

/**
 * The reader's language switch. The window is read before and set again after the element has
 * re-rendered: the element keeps it by itself, but measures it in the new direction, so in a
 * right-to-left switch it would show the mirror image of the window.
 */
async function switchLanguage(lang: Lang) {
  const { start, end } = timeline.visibleRange;
  setLanguage(lang);
  commit({ ...state, lang });
  await timeline.updateComplete;
  timeline.zoomTo(start, end, { animate: false });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang as Lang;
    if (lang !== state.lang) void switchLanguage(lang);
  });
}

// ——— Theme ———

function pressThemeButtons(theme: Theme) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-choice]')) {
    button.setAttribute('aria-pressed', String(button.dataset.themeChoice === theme));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-choice]')) {
  button.addEventListener('click', () => {
    const theme = button.dataset.themeChoice as Theme;
    if (!THEMES.includes(theme)) return;
    applyTheme(theme, true);
    pressThemeButtons(theme);
  });
}

// ——— Filters ———

/** A chip: a button of the track row, which updates the chips after it acts. */
function chip(className: string, text: string, act: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = className;
  button.textContent = text;
  button.addEventListener('click', () => {
    act();
    updateChips();
  });
  return button;
}

function renderChips() {
  const tracks = dataset?.tracks ?? [];
  const buttons = tracks.map((track, i) => {
    const button = chip('chip', track.label[pageLang], () => toggleTrack(track.id));
    // The element colours a track by its position in the dataset, from this palette (themes.css).
    button.style.setProperty('--chip-color', `var(--tarikh-track-color-${(i % 8) + 1})`);
    button.dataset.track = track.id;
    return button;
  });
  const reset = chip('chip chip-reset', t('showAll'), () => {
    timeline.hiddenTracks = [];
    commit({ ...state, hide: [] });
  });
  reset.id = 'show-all';
  const group = chip('chip chip-toggle', t('groupByTrack'), () => {
    timeline.groupTracks = !state.group;
    commit({ ...state, group: !state.group });
  });
  group.id = 'group-tracks';
  chips.replaceChildren(...buttons, ...(tracks.length ? [reset, group] : []));
  updateChips();
}

/** A pressed chip is a track on show. */
function updateChips() {
  for (const chip of chips.querySelectorAll<HTMLButtonElement>('[data-track]')) {
    chip.setAttribute('aria-pressed', String(!state.hide.includes(chip.dataset.track!)));
  }
  const reset = chips.querySelector<HTMLButtonElement>('#show-all');
  if (reset) reset.hidden = !state.hide.length;
  chips.querySelector('#group-tracks')?.setAttribute('aria-pressed', String(state.group));
}

function toggleTrack(id: string) {
  const hide = state.hide.includes(id) ? state.hide.filter((h) => h !== id) : [...state.hide, id];
  timeline.hiddenTracks = hide;
  commit({ ...state, hide });
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
search.addEventListener('input', () => {
  timeline.filter = search.value;
  state = { ...state, q: search.value };
  // The URL follows once typing pauses: browsers limit how often a page may rewrite its history.
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => commit({ ...state, q: search.value }), 300);
});

// ——— Sources ———

function formatDay(iso: string | undefined, lang: Lang): string {
  const time = iso ? Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) : NaN;
  if (!Number.isFinite(time)) return '';
  // Western digits, as the articles and the timeline write them.
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(time);
}

function renderSources() {
  if (!dataset) return;
  const lang = pageLang;
  const counts = citationCounts(dataset);
  const items = dataset.sources.map((source) => {
    const item = document.createElement('li');
    item.className = 'source';
    item.dataset.source = source.id;

    const title = document.createElement('h3');
    title.className = 'source-title';
    title.textContent = source.title[lang];
    item.append(title);

    if (source.lang !== lang) {
      const original = document.createElement('p');
      original.className = 'source-original';
      original.lang = source.lang;
      original.dir = source.lang === 'ar' ? 'rtl' : 'ltr';
      original.title = t('originalHeadline');
      original.textContent = source.title[source.lang];
      item.append(original);
    }

    const meta = document.createElement('p');
    meta.className = 'source-meta';
    const outlet = document.createElement('span');
    outlet.className = 'source-outlet';
    outlet.textContent = source.outlet[lang];
    meta.append(outlet);
    const day = formatDay(source.published, lang);
    if (day) {
      const time = document.createElement('time');
      time.dateTime = source.published!;
      time.textContent = day;
      meta.append(time);
    }
    const count = document.createElement('span');
    count.className = 'source-count';
    count.textContent = t('citedBy')(counts.get(source.id) ?? 0);
    meta.append(count);
    item.append(meta);
    return item;
  });
  sourceList.replaceChildren(...items);
}

// ——— Embed ———

copyButton.addEventListener('click', async () => {
  const text = embedCode.textContent ?? '';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    announce(t('copied'));
  } catch {
    // No clipboard (an insecure origin, or permission refused): select the snippet so Ctrl+C copies it.
    const range = document.createRange();
    range.selectNodeContents(embedCode);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    announce(t('selected'));
  }
});

let announceTimer: ReturnType<typeof setTimeout> | undefined;
function announce(text: string) {
  copyStatus.textContent = text;
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => (copyStatus.textContent = ''), 5000);
}

// ——— Start ———

applyTheme(storedTheme(), false);
pressThemeButtons(storedTheme());
show(state);

async function loadDataset() {
  try {
    const response = await fetch(new URL(timeline.getAttribute('src')!, location.href));
    if (!response.ok) return;
    const json = (await response.json()) as Dataset;
    if (!Array.isArray(json?.sources) || !Array.isArray(json?.events)) return;
    dataset = json;
    setLanguage(state.lang);
  } catch {
    // The element shows its own, localized error for a dataset that cannot be loaded.
  }
}
void loadDataset();
