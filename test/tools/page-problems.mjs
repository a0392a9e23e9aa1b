// What went wrong while a page was open in a node test's Chromium: console errors, uncaught errors, failed
// requests, HTTP errors and requests to any host but the test's own server. Shared by the demo and workbench tests.

/**
 * Starts recording a page's problems; the returned list fills as they happen.
 * @param {import('playwright-core').Page} page
 * @param {string} origin the test server's origin: a request elsewhere (but data: and blob:) is a problem
 * @param {{ allowAborted?: boolean }} options `allowAborted`: a request aborted by leaving the page (a link
 *   followed while fonts were still loading) is not a problem
 * @returns {string[]}
 */
export function watchPage(page, origin, { allowAborted = false } = {}) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const why = request.failure()?.errorText;
    if (!(allowAborted && why === 'net::ERR_ABORTED')) problems.push(`request failed: ${request.url()} (${why})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) problems.push(`foreign request: ${url}`);
  });
  return problems;
}
