/**
 * Where the headless browser is: `CHROMIUM_PATH` when set (an explicit setting wins,
 * even when it points nowhere), then the usual install paths of Chromium and Chrome.
 */
import { existsSync } from 'node:fs';

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export type ChromiumLookup = { found: true; path: string } | { found: false; reason: string };

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): ChromiumLookup {
  const explicit = env.CHROMIUM_PATH;
  if (explicit) {
    return exists(explicit) ? { found: true, path: explicit } : { found: false, reason: `CHROMIUM_PATH is set to ${explicit}, which does not exist` };
  }
  const path = USUAL_PATHS.find((candidate) => exists(candidate));
  return path ? { found: true, path } : { found: false, reason: `no Chromium or Chrome in the usual places, and CHROMIUM_PATH is not set` };
}

/** Flags for a headless browser on a build machine: no sandbox (containers), no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
