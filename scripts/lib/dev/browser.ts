/** Debian's Chromium (or any found by findChromium) driven by playwright-core, for tests, screenshots and the bench. */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../src/lib/diagrams/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  const lookup = findChromium();
  if (!lookup.found) throw new Error(`No Chromium for the end-to-end tests: ${lookup.reason}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  return chromium.launch({ executablePath: lookup.path, args: CHROMIUM_ARGS });
}
