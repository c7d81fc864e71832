// Where the tests find Chromium, and the flags it needs here (root, closed network).
import { existsSync } from 'node:fs';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** CHROME_PATH, else the first Chromium or Chrome installed in a usual place; undefined when none. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export function browserPath() {
  const found = findBrowser();
  if (!found) {
    throw new Error(MISSING_BROWSER);
  }
  return found;
}

export const MISSING_BROWSER =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.';

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** FIREFOX_PATH, else Firefox ESR or Firefox installed in a usual place; undefined when none. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p));
}

export const MISSING_FIREFOX = 'No Firefox found. Install one (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH to its executable.';

export function firefoxPath() {
  const found = findFirefox();
  if (!found) throw new Error(MISSING_FIREFOX);
  return found;
}
