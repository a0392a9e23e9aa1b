import type { LoadFailure } from '../../controllers/dataset-loader.js';
import { messagesFor } from '../../i18n/messages.js';
import type { TarikhErrorDetail } from '../../events.js';
import type { Lang } from '../../model/types.js';
import { describeProblem, type Problem, type ValidationResult } from '../../model/validate.js';
import { failureText } from './status-template.js';

/** The `detail` of a `tarikh-error` event. */
export type ErrorDetail = TarikhErrorDetail;

/**
 * What `tarikh-error` says of data read with problems, or null if it had none: that it is unusable,
 * that some events were left out, or how many problems were found; each problem in words.
 */
export function problemsReport(result: ValidationResult, problems: readonly Problem[], lang: Lang): ErrorDetail | null {
  if (!problems.length) return null;
  const m = messagesFor(lang);
  const message = !result.dataset
    ? m.invalidData
    : result.rejected.length
      ? m.invalidEvents(result.rejected.length)
      : m.problemsFound(problems.length);
  return { message, errors: problems.map((p) => describeProblem(p, lang)) };
}

/** What `tarikh-error` says of a `src` that could not be loaded: why, and the URL. */
export function loadFailureReport(failure: LoadFailure, url: string, lang: Lang): ErrorDetail {
  return { message: `${messagesFor(lang).loadFailed}: ${failureText(failure, lang)}`, errors: [url] };
}
