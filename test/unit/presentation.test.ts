import { describe, expect, test } from 'vitest';
import { recordingOf } from '../../src/lib/video.ts';
import { formatGithubAnnotation, formatProblem, type Problem } from '../../src/lib/problems.ts';
import { adrLabel, adrNumberText } from '../../src/lib/adr-label.ts';
import { badgeHtml, localTimeHtml } from '../../src/lib/html/components.ts';
import { basePath, editUrl, routeOfPath, withBase } from '../../src/lib/routes.ts';

describe('recordingOf', () => {
  test('YouTube plays from the no-cookie host', () => {
    expect(recordingOf('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toMatchObject({
      provider: 'YouTube',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    });
    expect(recordingOf('https://youtu.be/dQw4w9WgXcQ')).toMatchObject({
      provider: 'YouTube',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    });
  });
  test('Vimeo with do-not-track, Loom, and plain files', () => {
    expect(recordingOf('https://vimeo.com/76979871')).toMatchObject({
      provider: 'Vimeo',
      embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    });
    expect(recordingOf('https://www.loom.com/share/abc123')).toMatchObject({ provider: 'Loom', embedUrl: 'https://www.loom.com/embed/abc123?autoplay=1' });
    expect(recordingOf('https://media.example.com/talks/intro.mp4')).toEqual({
      kind: 'file',
      src: 'https://media.example.com/talks/intro.mp4',
      watchUrl: 'https://media.example.com/talks/intro.mp4',
    });
  });
});

describe('problem output', () => {
  const problem: Problem = {
    rule: 'reference/missing',
    severity: 'error',
    file: 'content/teams/a.md',
    line: 4,
    field: 'lead',
    message: 'refers to person "x", which does not exist',
    fix: 'use an id, e.g. a:b, c',
  };
  test('for people', () => {
    expect(formatProblem(problem)).toMatchInlineSnapshot(`"content/teams/a.md:4  lead  refers to person "x", which does not exist — use an id, e.g. a:b, c"`);
  });
  test('for GitHub annotations, with properties escaped', () => {
    expect(formatGithubAnnotation(problem)).toMatchInlineSnapshot(
      `"::error file=content/teams/a.md,line=4,title=lead::refers to person "x", which does not exist — use an id, e.g. a:b, c"`,
    );
  });
});

describe('routes', () => {
  test('respect the base path', () => {
    expect(withBase('/', 'teams/')).toBe('/teams/');
    expect(withBase('/handbook/', 'teams/')).toBe('/handbook/teams/');
    expect(withBase('/handbook', '/teams/')).toBe('/handbook/teams/');
  });
  test('the base path ends in a slash however it is configured, and a page path reads back to its route', () => {
    expect([basePath('/'), basePath('/handbook'), basePath('/handbook/')]).toEqual(['/', '/handbook/', '/handbook/']);
    expect(routeOfPath('/handbook', '/handbook/teams/alpha/')).toBe('teams/alpha/');
    expect(routeOfPath('/', '/')).toBe('');
  });
  test('edit links open the web editor on the branch', () => {
    expect(editUrl('https://github.com/acme/handbook/', 'main', 'content/teams/a.md')).toBe('https://github.com/acme/handbook/edit/main/content/teams/a.md');
  });
});

describe('ADR labels', () => {
  test('the number is every leading digit of the id, not the first four characters', () => {
    expect(['0007-use-kafka', '0042-x', '10000-keep-going', '123-short'].map(adrNumberText)).toEqual(['0007', '0042', '10000', '123']);
    expect(adrLabel('10000-keep-going')).toBe('ADR 10000');
    expect(adrLabel('0011-use-connect-rpc')).toBe('ADR 0011');
  });
  test('an id without a number (the check reports it) is shown whole', () => {
    expect(adrLabel('use-kafka')).toBe('ADR use-kafka');
  });
});

describe('component markup', () => {
  test('a badge carries its tone as a class (none for neutral) and its status as data, and stays out of search excerpts', () => {
    expect(badgeHtml('warn', 'at-risk')).toBe('<span class="badge badge--warn" data-status="at-risk" data-pagefind-ignore>at risk</span>');
    expect(badgeHtml('neutral', 'draft')).toBe('<span class="badge" data-status="draft" data-pagefind-ignore>draft</span>');
  });
  test('a local time names only the attributes it is given', () => {
    expect(localTimeHtml({ iso: '2026-12-04T16:00:00.000Z', zone: 'UTC' })).toBe(
      '<span class="local-time"><time datetime="2026-12-04T16:00:00.000Z" data-local>Fri, 4 Dec 2026, 16:00 UTC</time><span class="sub" data-zone-time hidden></span></span>',
    );
    const recurring = localTimeHtml({
      iso: '2026-12-08T22:00:00.000Z',
      zone: 'America/Los_Angeles',
      showOriginal: true,
      sessions: ['2026-12-08T22:00:00.000Z', '2026-12-22T22:00:00.000Z'],
      durationMinutes: 60,
    });
    expect(recurring).toContain(
      '<time datetime="2026-12-08T22:00:00.000Z" data-local data-zone="America/Los_Angeles" data-sessions="2026-12-08T22:00:00.000Z 2026-12-22T22:00:00.000Z" data-duration="60">Tue, 8 Dec 2026, 14:00 PST</time>',
    );
  });
});
