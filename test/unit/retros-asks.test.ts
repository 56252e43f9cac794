/**
 * Retrospectives and asks as the pure modules see them: an action's state on any day, an
 * ask's answer and plain text, the order /asks/ lists them in, the digest's "Across teams"
 * part for a past and the current week, their feed items and calendar events.
 */
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/lib/calendar/calendar.ts';
import { buildDigests } from '../../src/lib/digest/assemble.ts';
import { digestFeedHtml, digestSummary } from '../../src/lib/digest/html.ts';
import { feedItems, type FeedContext } from '../../src/lib/feeds/items.ts';
import type { HandbookIndexes } from '../../src/lib/handbook/indexes.ts';
import { actionState, actionStateText } from '../../src/lib/retros-asks/actions.ts';
import { answerOf, plainText, waitingTooLong } from '../../src/lib/retros-asks/asks.ts';
import { absoluteUrl } from '../../src/lib/routes.ts';
import { ask, handbookOf, person, retro } from '../helpers/handbook-builder.ts';

const people = [person('alpha-lead'), person('alpha-dev'), person('beta-lead', { team: 'beta' }), person('gamma-lead', { team: 'gamma' })];

describe('an action’s state', () => {
  const action = { due: '2026-11-20', done: '2026-11-23' as const };
  test('is read on any day: open, then overdue, then closed (late here); an open one stays overdue', () => {
    expect(['2026-11-19', '2026-11-20', '2026-11-21', '2026-11-23'].map((day) => actionState(action, day))).toEqual(['open', 'open', 'overdue', 'done-late']);
    expect(actionState({ due: '2026-11-20', done: '2026-11-20' }, '2026-12-01')).toBe('done-on-time');
    expect(actionStateText({ due: '2026-11-20', done: false }, '2026-12-01')).toBe('overdue · 11 days');
    expect(actionStateText({ due: '2026-11-20', done: false }, '2026-11-01')).toBe('open · due 20 Nov 2026');
    expect(actionStateText(action, '2026-12-01')).toBe('done late · 23 Nov 2026');
  });
});

describe('an ask', () => {
  const body = 'We tried **retries**, see [the runbook](https://x.example/r).\n\n## Answer\n\nBatch the `queries`.\n\n- one\n- two\n\n## Notes\n\nLater.';
  test('keeps its answer under ## Answer, up to the next heading; its plain text has no Markdown', () => {
    expect(answerOf(body)).toBe('Batch the `queries`.\n\n- one\n- two');
    expect(answerOf('No answer here')).toBe('');
    expect(plainText(body)).toBe('We tried retries, see the runbook.\nAnswer\nBatch the queries.\none two\nNotes\nLater.');
  });

  test('waits too long after 14 days, until the day help came', () => {
    const data = { date: '2026-11-01', status: 'helped' as const, helpedOn: '2026-11-20' };
    expect(['2026-11-15', '2026-11-16', '2026-11-19', '2026-11-20'].map((day) => waitingTooLong(data, day))).toEqual([false, true, true, false]);
  });
});

function sample(): HandbookIndexes {
  return handbookOf({
    people,
    retros: [
      retro('2026-10-01-old', {
        date: '2026-10-01',
        actions: [
          { title: 'Closed late', owner: 'beta-lead', due: '2026-10-10', done: '2026-11-12' },
          { title: 'Still open', owner: 'alpha-dev', due: '2026-11-01', done: false },
        ],
      }),
      retro('2026-11-23-new', {
        date: '2026-11-23',
        teams: ['alpha', 'gamma'],
        actions: [{ title: 'Later', owner: 'gamma-lead', due: '2026-12-10', done: false }],
      }),
    ],
    asks: [
      ask('2026-10-20-solved', { date: '2026-10-20', status: 'solved', helpers: ['beta-lead'], helpedOn: '2026-10-22' }, 'Slow.\n\n## Answer\n\nAn index.'),
      ask('2026-11-02-old-open', { date: '2026-11-02', team: 'beta', tags: ['ci'] }),
      ask('2026-11-24-new-open', { date: '2026-11-24', session: '2026-12-02T15:00:00Z' }),
      ask('2026-11-10-helped', { date: '2026-11-10', status: 'helped', helpers: ['beta-lead', 'gamma-lead'], helpedOn: '2026-11-12' }),
    ],
  });
}

describe('indexes', () => {
  test('asks in /asks/ order: open longest waiting first, then helped, then solved', () => {
    const h = sample();
    expect(h.asks.map((a) => a.id)).toEqual(['2026-11-02-old-open', '2026-11-24-new-open', '2026-11-10-helped', '2026-10-20-solved']);
    expect(h.asksHelpedByTeam('beta').map((a) => a.id)).toEqual(['2026-11-10-helped', '2026-10-20-solved']);
    expect(h.asksOf('alpha').map((a) => a.id)).toEqual(['2026-11-24-new-open', '2026-11-10-helped', '2026-10-20-solved']);
    expect(h.asksWaitingTooLong('2026-11-25').map(({ ask: a, days }) => [a.id, days])).toEqual([['2026-11-02-old-open', 23]]);
  });

  test('overdue actions by the owner’s team, on any day', () => {
    const h = sample();
    expect(h.overdueActions('2026-11-25').map((o) => [o.action.title, o.ownerTeam])).toEqual([['Still open', 'alpha']]);
    expect(h.overdueActions('2026-11-05').map((o) => o.action.title)).toEqual(['Closed late', 'Still open']);
    expect(h.overdueActions('2026-11-05', 'beta').map((o) => o.action.title)).toEqual(['Closed late']);
    expect(h.retrosOfTeam('gamma').map((r) => r.id)).toEqual(['2026-11-23-new']);
  });
});

describe('the digest', () => {
  const options = (today: string) => ({ today, now: new Date(`${today}T12:00:00Z`), timeZone: 'UTC', adrStatusDate: () => today });

  test('a retrospective or an ask makes a digest week; overdue and waiting are counted as of that week', () => {
    const digests = buildDigests(sample(), options('2026-11-25'));
    expect(digests.map((d) => d.week.id)).toEqual(['2026-w48', '2026-w46', '2026-w45', '2026-w43', '2026-w40']);
    const [w48, w46, w45] = digests;
    expect(w48!.acrossTeams).toMatchObject({
      asOf: '2026-11-25',
      retros: [{ retroId: '2026-11-23-new', teams: ['alpha', 'gamma'], actions: 1 }],
      asks: [{ askId: '2026-11-24-new-open', status: 'open' }],
      overdueActions: [{ title: 'Still open', owner: 'alpha-dev', ownerTeam: 'alpha', daysOverdue: 24 }],
      waitingAsks: [{ askId: '2026-11-02-old-open', days: 23 }],
    });
    // On Sunday 8 November the late action was still open; it was closed on the 12th, so a week later only the other one is overdue.
    expect(w45!.acrossTeams.overdueActions.map((a) => [a.title, a.daysOverdue])).toEqual([
      ['Closed late', 29],
      ['Still open', 7],
    ]);
    expect(w46!.acrossTeams.overdueActions.map((a) => [a.title, a.daysOverdue])).toEqual([['Still open', 14]]);
    // The old ask was 13 days old on Sunday 15 November: not yet waiting too long.
    expect(w46!.acrossTeams.waitingAsks).toEqual([]);
    expect(digestSummary(w48!)).toBe('1 retrospective, 1 new ask for help, 1 action overdue and 1 ask waiting more than 14 days.');
  });

  test('the "Across teams" section links asks and retrospectives, and names owners and teams', () => {
    const h = sample();
    const [w48] = buildDigests(h, options('2026-11-25'));
    const html = digestFeedHtml(w48!, {
      links: {
        team: (x) => `https://hb.example/teams/${x}/`,
        adr: (x) => x,
        talk: (x) => x,
        update: (x) => x,
        dependency: (x) => x,
        digest: (x) => x,
        retro: (x) => `https://hb.example/retros/${x}/`,
        ask: (x) => `https://hb.example/asks/${x}/`,
      },
      teamName: (x) => h.team.get(x)?.data.name,
      personName: (x) => h.person.get(x)?.data.name,
      timeZone: 'UTC',
    });
    expect(html.replace(/<h3>/g, '\n<h3>')).toMatchInlineSnapshot(`
      "<p>1 retrospective, 1 new ask for help, 1 action overdue and 1 ask waiting more than 14 days.</p><h2>Across teams</h2>
      <h3>Asks waiting more than 14 days</h3><ul><li><a href="https://hb.example/asks/2026-11-02-old-open/">Ask 2026-11-02-old-open</a> <span><a href="https://hb.example/teams/beta/">Beta</a> · open for 23 days</span></li></ul>
      <h3>New asks for help</h3><ul><li><a href="https://hb.example/asks/2026-11-24-new-open/">Ask 2026-11-24-new-open</a> <span><a href="https://hb.example/teams/alpha/">Alpha</a> · asked 24 Nov 2026</span></li></ul>
      <h3>Retrospectives</h3><ul><li><a href="https://hb.example/retros/2026-11-23-new/">Retro 2026-11-23-new</a> <span><a href="https://hb.example/teams/alpha/">Alpha</a>, <span>gamma</span> · 23 Nov 2026 · 1 action</span></li></ul>
      <h3>Overdue retrospective actions</h3><ul><li>Still open <span>alpha dev (<a href="https://hb.example/teams/alpha/">Alpha</a>) · due 1 Nov 2026, overdue by 24 days · from <a href="https://hb.example/retros/2026-10-01-old/">Retro 2026-10-01-old</a></span></li></ul>"
    `);
  });
});

describe('feeds and calendar', () => {
  const ctx: FeedContext = {
    url: (route) => absoluteUrl('https://hb.example', '/', route),
    base: '/',
    bodyHtml: (_collection, entry) => `<p>${entry.body ?? ''}</p>`,
    adrStatusDate: () => '2026-11-01',
    committedOn: () => '2026-10-25',
    digestHtml: () => '',
    now: new Date('2026-11-25T12:00:00Z'),
    today: '2026-11-25',
    timeZone: 'UTC',
  };

  test('an ask’s item changes guid with its status; a retrospective is one item on its day, in each team’s feed', () => {
    const items = feedItems(sample(), [], ctx).filter((item) => item.kind === 'ask' || item.kind === 'retro');
    expect(
      items.map((item) => [item.guid.replace('https://hb.example/', ''), item.title, item.pubDate.toISOString().slice(0, 10), item.teams.join(',')]),
    ).toEqual([
      ['asks/2026-11-24-new-open/#open', 'Alpha asks for help: Ask 2026-11-24-new-open', '2026-11-24', 'alpha'],
      ['retros/2026-11-23-new/', 'Retrospective: Retro 2026-11-23-new', '2026-11-23', 'alpha,gamma'],
      ['asks/2026-11-10-helped/#helped', 'Helped: Ask 2026-11-10-helped', '2026-11-12', 'alpha,beta,gamma'],
      ['asks/2026-11-02-old-open/#open', 'Beta asks for help: Ask 2026-11-02-old-open', '2026-11-02', 'beta'],
      ['asks/2026-10-20-solved/#solved', 'Solved: Ask 2026-10-20-solved', '2026-10-25', 'alpha,beta'],
      ['retros/2026-10-01-old/', 'Retrospective: Retro 2026-10-01-old', '2026-10-01', 'alpha,beta'],
    ]);
    expect(items.find((item) => item.kind === 'retro' && item.guid.includes('old'))!.content).toContain(
      '<li>Still open: <a href="https://hb.example/people/alpha-dev/">alpha dev</a>, due 1 Nov 2026 (overdue · 24 days)</li>',
    );
  });

  test('a problem-solving session is an hour in the calendar, at its time in UTC', () => {
    const h = sample();
    const session = h.ask.get('2026-11-24-new-open')!;
    const ics = buildCalendar(
      { name: 'Cal', description: 'd', pageUrl: 'https://hb.example/', uidDomain: 'hb.example', stamp: new Date('2026-11-25T00:00:00Z'), untilYear: 2027 },
      [],
      [],
      {
        rotations: [],
        pairings: [],
        askSessions: [{ askId: session.id, ask: session.data, teamName: 'Alpha', helperNames: [], pageUrl: 'https://hb.example/asks/x/' }],
      },
    );
    const event = ics.slice(ics.indexOf('BEGIN:VEVENT'), ics.indexOf('END:VEVENT'));
    expect(event).toContain('UID:ask-2026-11-24-new-open@hb.example');
    expect(event).toContain('DTSTART:20261202T150000Z');
    expect(event).toContain('DTEND:20261202T160000Z');
    expect(event).toContain('SUMMARY:Problem-solving session: Ask 2026-11-24-new-open');
  });
});
