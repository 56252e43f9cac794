/**
 * A rebuild with nothing changed keeps the site built before: the key of a site changes
 * with a byte of content or code, a build setting, the build's arguments or the hour, and
 * not with the minutes or an unrelated variable; `npm run build` keeps a current site
 * without starting Astro, and builds when the site is gone or was built from else.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSettings, isCurrent, readStamp, siteKey, writeStamp, type SiteInputs } from '../../src/lib/site-reuse.ts';
import { copyHandbook, projectRoot, validFixture } from '../helpers/fixtures.ts';

let root: string;
let content: string;
let project: string;
const at = (iso: string) => new Date(iso);
let inputs: SiteInputs;

beforeAll(async () => {
  root = await copyHandbook(validFixture);
  content = path.join(root, 'content');
  // A stand-in project: the key reads the code folders, whatever they hold.
  project = path.join(root, 'project');
  await mkdir(path.join(project, 'src'), { recursive: true });
  await writeFile(path.join(project, 'src', 'page.astro'), '<h1>Hello</h1>');
  await writeFile(path.join(project, 'astro.config.mjs'), 'export default {};');
  inputs = {
    projectRoot: project,
    contentDir: content,
    args: ['--outDir', 'dist'],
    env: { ATRIUM_SITE: 'https://example.org', HOME: '/root' },
    now: at('2026-12-06T10:05:00Z'),
  };
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the key of a site', () => {
  test('is the same for the same inputs within the hour, and whatever unrelated variables say', async () => {
    const key = await siteKey(inputs);
    expect(await siteKey({ ...inputs, now: at('2026-12-06T10:59:59Z') })).toBe(key);
    expect(await siteKey({ ...inputs, env: { ...inputs.env, HOME: '/home/someone', TERM: 'xterm' } })).toBe(key);
  });

  test('changes with a byte of content, a new content file, a byte of code, a setting, an argument and the hour', async () => {
    const keys = [await siteKey(inputs)];
    const team = path.join(content, 'teams', 'platform.md');
    const original = await readFile(team, 'utf8');
    await writeFile(team, original.replace('name: Platform\n', 'name: Platforms\n'));
    keys.push(await siteKey(inputs));
    await writeFile(team, original);
    keys.push(await siteKey(inputs));
    await writeFile(path.join(content, 'teams', 'notes.md'), 'a new file');
    keys.push(await siteKey(inputs));
    await rm(path.join(content, 'teams', 'notes.md'));
    await writeFile(path.join(project, 'src', 'page.astro'), '<h1>Hello!</h1>');
    keys.push(await siteKey(inputs));
    await writeFile(path.join(project, 'src', 'page.astro'), '<h1>Hello</h1>');
    keys.push(await siteKey({ ...inputs, env: { ...inputs.env, ATRIUM_BASE: '/handbook/' } }));
    keys.push(await siteKey({ ...inputs, args: ['--outDir', 'public-site'] }));
    keys.push(await siteKey({ ...inputs, now: at('2026-12-06T11:00:00Z') }));
    // Back to the original bytes is the original key; every other key differs from all the rest.
    expect(keys[2]).toBe(keys[0]);
    const others = [keys[0], keys[1], ...keys.slice(3)];
    expect(new Set(others).size).toBe(others.length);
  });

  test('reads every ATRIUM_ setting and NODE_ENV, sorted, and nothing else', () => {
    expect(buildSettings({ PATH: '/bin', ATRIUM_SITE: 's', NODE_ENV: 'production', ATRIUM_BASE: '/b/', ATRIUM: 'x' })).toEqual([
      ['ATRIUM_BASE', '/b/'],
      ['ATRIUM_SITE', 's'],
      ['NODE_ENV', 'production'],
    ]);
  });
});

describe('a site is current', () => {
  test('only with the same key, the same output folder and a site still there', async () => {
    const outDir = path.join(root, 'dist');
    const cacheDir = path.join(root, 'cache');
    expect(await readStamp(cacheDir)).toBeUndefined();
    await writeStamp(cacheDir, { key: 'k1', outDir });
    const stamp = await readStamp(cacheDir);
    expect(isCurrent(stamp, 'k1', outDir)).toBe(false); // nothing built there yet
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(outDir, 'index.html'), '<h1>Site</h1>');
    expect(isCurrent(stamp, 'k1', outDir)).toBe(true);
    expect(isCurrent(stamp, 'k2', outDir)).toBe(false);
    expect(isCurrent(stamp, 'k1', path.join(root, 'elsewhere'))).toBe(false);
    // A damaged stamp is no stamp.
    await writeFile(path.join(cacheDir, 'atrium-site.json'), '{"key": 42');
    expect(await readStamp(cacheDir)).toBeUndefined();
  });
});

test('npm run build keeps a current site as it is, without starting Astro', async () => {
  const outDir = path.join(root, 'kept');
  const cacheDir = path.join(root, 'astro-cache');
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'index.html'), 'the site built before');
  const env = { PATH: process.env.PATH, ATRIUM_CONTENT_DIR: content, ATRIUM_ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1' };
  const args = ['--outDir', outDir];
  const run = () =>
    promisify(execFile)(path.join(projectRoot, 'node_modules/.bin/tsx'), [path.join(projectRoot, 'scripts/build.ts'), ...args], { cwd: projectRoot, env });
  // The stamp a finished build would have written, for the same inputs as the run's.
  for (let attempt = 0; attempt < 2; attempt++) {
    const hour = new Date().toISOString().slice(0, 13);
    await writeStamp(cacheDir, { key: await siteKey({ projectRoot, contentDir: content, args, env, now: new Date() }), outDir });
    const { stdout } = await run();
    if (new Date().toISOString().slice(0, 13) !== hour) continue; // the hour turned while it ran: another key, try again
    expect(stdout).toContain(`Nothing changed since the site in ${path.relative(projectRoot, outDir)}/ was built`);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('the site built before');
    return;
  }
  throw new Error('The hour turned twice while the build command ran');
}, 120_000);
