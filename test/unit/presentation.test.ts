import { describe, expect, test } from 'vitest';
import { recordingOf } from '../../src/lib/video.ts';
import { formatGithubAnnotation, formatProblem, type Problem } from '../../src/lib/problems.ts';
import { editUrl, withBase } from '../../src/lib/routes.ts';

describe('recordingOf', () => {
  test('YouTube plays from the no-cookie host', () => {
    expect(recordingOf('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toMatchObject({ provider: 'YouTube', embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' });
    expect(recordingOf('https://youtu.be/dQw4w9WgXcQ')).toMatchObject({ provider: 'YouTube', embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' });
  });
  test('Vimeo with do-not-track, Loom, and plain files', () => {
    expect(recordingOf('https://vimeo.com/76979871')).toMatchObject({ provider: 'Vimeo', embedUrl: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1' });
    expect(recordingOf('https://www.loom.com/share/abc123')).toMatchObject({ provider: 'Loom', embedUrl: 'https://www.loom.com/embed/abc123?autoplay=1' });
    expect(recordingOf('https://media.example.com/talks/intro.mp4')).toEqual({ kind: 'file', src: 'https://media.example.com/talks/intro.mp4', watchUrl: 'https://media.example.com/talks/intro.mp4' });
  });
});

describe('problem output', () => {
  const problem: Problem = { rule: 'reference/missing', severity: 'error', file: 'content/teams/a.md', line: 4, field: 'lead', message: 'refers to person "x", which does not exist', fix: 'use an id, e.g. a:b, c' };
  test('for people', () => {
    expect(formatProblem(problem)).toMatchInlineSnapshot(`"content/teams/a.md:4  lead  refers to person "x", which does not exist — use an id, e.g. a:b, c"`);
  });
  test('for GitHub annotations, with properties escaped', () => {
    expect(formatGithubAnnotation(problem)).toMatchInlineSnapshot(`"::error file=content/teams/a.md,line=4,title=lead::refers to person "x", which does not exist — use an id, e.g. a:b, c"`);
  });
});

describe('routes', () => {
  test('respect the base path', () => {
    expect(withBase('/', 'teams/')).toBe('/teams/');
    expect(withBase('/handbook/', 'teams/')).toBe('/handbook/teams/');
    expect(withBase('/handbook', '/teams/')).toBe('/handbook/teams/');
  });
  test('edit links open the web editor on the branch', () => {
    expect(editUrl('https://github.com/acme/handbook/', 'main', 'content/teams/a.md')).toBe('https://github.com/acme/handbook/edit/main/content/teams/a.md');
  });
});
