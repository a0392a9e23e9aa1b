/**
 * Parsing a fetched JSON document without freezing the page: a large body is decoded and cut in a
 * Web Worker (json-worker.ts, json-split.ts), and its events come back as text a chunk at a time, each chunk a message
 * (a task) of its own that the page parses. Parsed whole on the page, a 1,000,000-event document was
 * one task of more than a second. A small body is parsed at once, where starting a worker
 * would cost more than it saves; so is any body where workers are not available (no `Worker`, or a
 * Content-Security-Policy without `blob:` workers).
 */

/** Bodies from this size up are parsed in a worker: below it, parsing takes a few milliseconds. */
export const OFF_THREAD_FROM = 512 * 1024;

/** A parsed body, or why there is none: not JSON, the body could not be read, or the request was aborted. */
export type Parsed = { ok: true; value: unknown } | { ok: false; reason: 'json' | 'network' | 'aborted' };

/** The worker's code, loaded only for a body that needs it; null where it cannot be loaded. */
export type WorkerCode = () => Promise<typeof import('./json-worker.js') | null>;

const loadWorkerCode: WorkerCode = () => import('./json-worker.js').catch(() => null);

export interface ReadOptions {
  /** The size from which a body is parsed in a worker. */
  offThreadFrom?: number;
  /** Called, perhaps, before the end: see `readJson`. */
  opened?: (start: Record<string, unknown>) => void;
  /** Loads the worker's code (json-worker.ts); tests give one that fails. */
  workerCode?: WorkerCode;
}

/**
 * Reads and parses a response's body (UTF-8 JSON); never throws. `received` is called once the body
 * has all arrived (a timeout covers only that). A body of `offThreadFrom` bytes or more, or of unknown
 * length, is handed to a worker as a stream, so that the page never holds nor copies its bytes; then
 * `opened` may be called first, with a document made of the body's start and its first events (not
 * validated: for a preview only). Where the worker's code cannot be loaded (the page went offline, say),
 * the body is parsed here, as where no worker can start.
 */
export async function readJson(
  response: Response,
  signal: AbortSignal,
  received: () => void,
  { offThreadFrom = OFF_THREAD_FROM, opened, workerCode = loadWorkerCode }: ReadOptions = {},
): Promise<Parsed> {
  const length = Number(response.headers.get('content-length') ?? NaN);
  const body = response.body;
  if (body && !(length < offThreadFrom)) {
    const code = await workerCode();
    if (signal.aborted) return { ok: false, reason: 'aborted' };
    const worker = code?.startWorker();
    if (code && worker) {
      return code.parseInWorker(worker, body, signal, received, opened, () => parseHere(response, received));
    }
  }
  return parseHere(response, received);
}

async function parseHere(response: Response, received: () => void): Promise<Parsed> {
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch {
    return { ok: false, reason: 'network' };
  }
  received();
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch {
    return { ok: false, reason: 'json' };
  }
}
