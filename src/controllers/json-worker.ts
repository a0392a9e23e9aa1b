import { isObject } from '../model/validate/checker.js';
import { shareSourceStrings, type SharedSource } from '../model/validate/excerpts.js';
import { PassageTranslations } from '../model/validate/passage-translations.js';
import type { Parsed } from './json-parse.js';
import { splitter } from './json-split.js';

/**
 * The worker that decodes and cuts a large JSON body (see json-parse.ts), in a module of its own: the page
 * loads it only for a body large enough to need it (a chunk in npm builds, the second file of the bundled
 * one), so a first load that reads no such body does not carry the splitter.
 */

/** Events sent back in one message: a few milliseconds for the page to parse. */
const EVENTS_PER_MESSAGE = 2000;

/** The start of the body read for a preview of its first events: enough for a couple of thousand. */
const OPENING_BYTES = 2 * 1024 * 1024;

/**
 * What the worker says: it is ready for the body; the body has arrived; then the events a chunk at a
 * time (the text of a JSON array of them), the document without its events, and done; or, for a
 * document it does not cut, the whole text (any chunks sent before are then dropped).
 */
type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'received' }
  | { kind: 'unreadable' }
  | { kind: 'opening'; head: string; events: string }
  | { kind: 'head'; text: string }
  | { kind: 'events'; text: string }
  | { kind: 'done' }
  | { kind: 'whole'; text: string };

// The worker's whole program: the splitter's own source and a few lines, so that it runs from a
// blob: URL in any bundle. It only decodes and cuts text; the page parses each piece, as objects
// made in the worker could only come over by a structured clone, slower than parsing JSON.
const WORKER = `const split = (${String(splitter)})();
// The first events, from the start of the body as it arrives, for the page to draw meanwhile.
async function sendOpening(stream) {
  const reader = stream.getReader();
  const parts = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      // A body that ends this soon is all read about as soon.
      if (done) return;
      parts.push(value);
      size += value.length;
      if (size >= ${OPENING_BYTES}) break;
    }
    reader.cancel().catch(() => {});
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    const found = split.opening(new TextDecoder().decode(bytes), ${EVENTS_PER_MESSAGE});
    if (found) postMessage({ kind: 'opening', head: found.head, events: found.events });
  } catch {}
}
onmessage = async (message) => {
  if (message.data === 'ready?') {
    postMessage({ kind: 'ready' });
    return;
  }
  const [body, start] = message.data.tee();
  void sendOpening(start);
  let bytes;
  try {
    bytes = await new Response(body).arrayBuffer();
  } catch {
    postMessage({ kind: 'unreadable' });
    return;
  }
  postMessage({ kind: 'received' });
  const text = new TextDecoder().decode(bytes);
  bytes = null;
  // Each chunk is sent as soon as it is cut, for the page to parse it while the rest is cut.
  // As an array's text, bracketed here: bracketed by the page, each chunk was copied once more there.
  const cut = split(text, ${EVENTS_PER_MESSAGE}, (chunk) => postMessage({ kind: 'events', text: '[' + chunk + ']' }));
  if (!cut) {
    postMessage({ kind: 'whole', text });
    return;
  }
  postMessage({ kind: 'head', text: cut.head });
  postMessage({ kind: 'done' });
};`;

/** A worker running the splitter, or null where none can start (no `Worker`, a policy refusing it). */
export function startWorker(): Worker | null {
  if (typeof Worker !== 'function' || typeof Blob !== 'function') return null;
  let url = '';
  try {
    url = URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' }));
    return new Worker(url);
  } catch {
    return null;
  } finally {
    // The worker's script was resolved when it was made: the URL is no longer needed.
    if (url) URL.revokeObjectURL(url);
  }
}

/**
 * Parses `body` in `worker`; `parseHere` reads the response on the page instead, for a worker that turns out
 * not to start (a policy refusing blob: workers shows only as an error event).
 */
export function parseInWorker(
  worker: Worker,
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  received: () => void,
  opened: ((start: Record<string, unknown>) => void) | undefined,
  parseHere: () => Promise<Parsed>,
): Promise<Parsed> {
  // The body is handed over (its stream transferred) only once the worker answers: one that cannot
  // start (a policy refusing blob: workers shows only as an error event) leaves it to be read here.
  return new Promise<Parsed>((resolve) => {
    let head: Record<string, unknown> | null = null;
    const events: unknown[] = [];
    let share: ((events: unknown[]) => void) | null = null;
    let handedOver = false;
    const finish = (parsed: Parsed | Promise<Parsed>) => {
      worker.terminate();
      worker.onmessage = worker.onerror = null;
      signal.removeEventListener('abort', abort);
      resolve(parsed);
    };
    const abort = () => finish({ ok: false, reason: 'aborted' });
    signal.addEventListener('abort', abort);
    worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
      try {
        if (data.kind === 'ready') {
          handedOver = true;
          worker.postMessage(body, [body]);
        } else if (data.kind === 'received') received();
        else if (data.kind === 'opening') {
          const start = events.length ? null : openingOf(data);
          if (start) share = earlySharing(start);
          if (start) opened?.(start);
        } else if (data.kind === 'events') {
          const chunk = JSON.parse(data.text) as unknown[];
          share?.(chunk);
          for (let i = 0; i < chunk.length; i += 1) events.push(chunk[i]);
        } else if (data.kind === 'head') head = JSON.parse(data.text) as Record<string, unknown>;
        else if (data.kind === 'whole') finish({ ok: true, value: JSON.parse(data.text) as unknown });
        else if (data.kind === 'unreadable') finish({ ok: false, reason: 'network' });
        else finish({ ok: true, value: { ...head, events } });
      } catch {
        finish({ ok: false, reason: 'json' });
      }
    };
    worker.onerror = (error) => {
      error.preventDefault();
      finish(handedOver ? { ok: false, reason: 'json' } : parseHere());
    };
    worker.postMessage('ready?');
  });
}

/** The document an opening makes; a start that does not parse is no preview, and no failure either. */
function openingOf(opening: { head: string; events: string }): Record<string, unknown> | null {
  try {
    const start = JSON.parse(opening.head) as Record<string, unknown>;
    start.events = JSON.parse(`[${opening.events}]`) as unknown[];
    return start;
  } catch {
    return null;
  }
}

/**
 * What the events just parsed hold twice, shared at once with the sources of the document's start (see
 * `shareSourceStrings`; validation shares them again with the whole document's): a quote parsed
 * from JSON, its translations and its source id then die in the young generation, in the task that
 * parsed them. Kept until validation, they were copied by every scavenge with the rest of the events,
 * and at a million events those pauses were the long tasks of loading by `src`. Null for a start with
 * no source to share.
 */
function earlySharing(start: Record<string, unknown>): ((events: unknown[]) => void) | null {
  const list = start.sources;
  if (!Array.isArray(list)) return null;
  const sources = new Map<string, SharedSource>();
  for (const source of list as unknown[]) {
    if (!isObject(source)) continue;
    const { id, text } = source;
    if (typeof id === 'string' && typeof text === 'string' && !sources.has(id)) sources.set(id, { id, text });
  }
  if (!sources.size) return null;
  const translations = new PassageTranslations(Infinity);
  return (events) => {
    for (let i = 0; i < events.length; i += 1) shareSourceStrings(events[i], sources, translations);
  };
}
