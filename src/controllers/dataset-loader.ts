import { readJson } from './json-parse.js';

/** Why fetching a dataset failed, so the element can say it in the reader's language. */
export type LoadFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'json' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'aborted' };

export type LoadResult = { ok: true; value: unknown } | { ok: false; failure: LoadFailure };

/** How long a `src` request may take before the element reports a timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Fetches and parses a JSON document. Never throws: every failure comes back as a value, and an
 * abort through `signal` (a newer `src` won) is reported as `aborted` so it can be ignored. `opened`:
 * see `readJson`.
 */
export async function loadJson(
  url: string,
  signal: AbortSignal,
  timeout = DEFAULT_TIMEOUT_MS,
  opened?: (start: Record<string, unknown>) => void,
): Promise<LoadResult> {
  // A `fetch-timeout` that is not a positive number ("abc", 0, -1) would time out at once: keep the default.
  const timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status } };
    // The timeout covers the body's arrival, not the parsing of a large one.
    const parsed = await readJson(response, controller.signal, () => clearTimeout(timer), { opened });
    if (parsed.ok) return parsed;
    if (parsed.reason === 'json') return { ok: false, failure: { kind: 'json' } };
    throw new Error(parsed.reason);
  } catch {
    // Tenths, so a short timeout does not read "no answer within 0 seconds".
    if (timedOut) return { ok: false, failure: { kind: 'timeout', seconds: Math.round(timeoutMs / 100) / 10 } };
    if (signal.aborted) return { ok: false, failure: { kind: 'aborted' } };
    return { ok: false, failure: { kind: 'network' } };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
