// Finds a Chromium or Chrome binary for the browser tests, the benchmark and the demo checks.
// No test tool can download its own browser on these machines, so we look where Debian, Ubuntu
// and Google install one, after an explicit CHROME_PATH.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** @returns {string | undefined} the path of a Chromium/Chrome executable, if one is installed. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

/** Like findChrome, but ends the process with one line saying how to get a browser. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    const wanted = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist; ` : '';
    console.error(
      `No Chromium or Chrome found: ${wanted}install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to its executable.`,
    );
    process.exit(1);
  }
  return path;
}

/** Flags for headless Chromium on a sandboxed, offline CI machine running as root. */
export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Test pages run side by side in background tabs; without these Chromium stops their animation
  // frames and resize observers, and the timeline never lays out.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
