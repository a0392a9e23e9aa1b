import type { Lang } from '../src/index.js';

/**
 * What a reader sees, as the demo keeps it in the URL hash:
 * `#event=<id>&lang=ar&from=<iso>&to=<iso>&hide=<track>,<track>&q=<search>`.
 */
export interface DemoState {
  /** The selected event's id, or null. */
  event: string | null;
  lang: Lang;
  /** Start and end of the visible window (ISO 8601), or null to leave the timeline's own. */
  from: string | null;
  to: string | null;
  /** Ids of hidden tracks, in the order they were hidden. */
  hide: string[];
  /** The search text. */
  q: string;
  /** Whether the events are grouped by track (`group-tracks`). */
  group: boolean;
}

export type HistoryMode = 'push' | 'replace' | 'none';

export function emptyState(lang: Lang): DemoState {
  return { event: null, lang, from: null, to: null, hide: [], q: '', group: false };
}

const isLang = (value: string | undefined): value is Lang => value === 'ar' || value === 'en';
const isDate = (value: string | undefined): value is string =>
  !!value && /^[+-]?\d{4}/.test(value) && Number.isFinite(Date.parse(value));

function decode(value: string): string | undefined {
  try {
    // `+` for a space, as form encoding writes it; a literal plus arrives as %2B.
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * Reads a state from a URL hash. Anything missing or malformed falls back to the empty state in
 * `fallbackLang`: a hand-edited or truncated link still opens the page.
 */
export function parseHash(hash: string, fallbackLang: Lang): DemoState {
  const params = new Map<string, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decode(at < 0 ? pair : pair.slice(0, at));
    const value = decode(at < 0 ? '' : pair.slice(at + 1));
    if (key && value !== undefined && !params.has(key)) params.set(key, value);
  }
  const lang = params.get('lang');
  const from = params.get('from');
  const to = params.get('to');
  const hide = (params.get('hide') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return {
    event: params.get('event')?.trim() || null,
    lang: isLang(lang) ? lang : fallbackLang,
    from: isDate(from) ? from : null,
    to: isDate(to) ? to : null,
    hide: [...new Set(hide)],
    q: params.get('q') ?? '',
    group: params.get('group') === '1',
  };
}

/** Percent-encodes a value, leaving `:` and `,` readable (both are allowed in a fragment). */
const encode = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

/** Writes a state as a URL hash (with its `#`); empty fields are left out, `lang` is always there. */
export function formatHash(state: DemoState): string {
  const parts: string[] = [];
  if (state.event) parts.push(`event=${encode(state.event)}`);
  parts.push(`lang=${state.lang}`);
  if (state.from) parts.push(`from=${encode(state.from)}`);
  if (state.to) parts.push(`to=${encode(state.to)}`);
  if (state.hide.length) parts.push(`hide=${state.hide.map(encode).join(',')}`);
  if (state.q) parts.push(`q=${encode(state.q)}`);
  if (state.group) parts.push('group=1');
  return `#${parts.join('&')}`;
}

/** An instant as the hash writes it: ISO 8601 in UTC, without milliseconds when they are zero. */
export function isoForHash(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/**
 * How a change of state should enter the browser's history: a new selection or language is a step
 * the reader can go Back from; zooming, panning and filtering only update the current entry, so
 * Back is not a replay of every drag.
 */
export function historyMode(previous: DemoState, next: DemoState): HistoryMode {
  if (formatHash(previous) === formatHash(next)) return 'none';
  return previous.event !== next.event || previous.lang !== next.lang ? 'push' : 'replace';
}
