/**
 * The week's digest in a few chat lines: what each team shipped, the decisions open for
 * feedback that week, the dependencies blocked, the requests for input still open, and
 * links to the digest. Read from the digest model (src/lib/digest/assemble.ts), so the
 * chat and the email tell the same week.
 */
import { adrLabel } from '../../../../src/lib/adr-label.ts';
import type { Digest, TeamDigest } from '../../../../src/lib/digest/assemble.ts';
import { digestSummary, digestTitle } from '../../../../src/lib/digest/html.ts';
import type { HandbookIndexes } from '../../../../src/lib/handbook/indexes.ts';
import { formatDate } from '../../../../src/lib/time/format.ts';
import { capped, type ChatLine, type ChatMessage, type ChatSection } from './message.ts';

export interface ChatLinks {
  adr: (id: string) => string;
  dependency: (id: string) => string;
  team: (id: string) => string;
  digest: (weekId: string) => string;
  digests: () => string;
}

/** Items named per team in the chat; the rest are counted, the digest has them all. */
const PER_TEAM = 2;
const PER_SECTION = 8;
const more = (count: number) => `… and ${count} more in the digest`;

/** Proposed decisions whose feedback window is open some day of the week. */
function decisionsOpenForFeedback(h: HandbookIndexes, digest: Digest, links: ChatLinks): ChatLine[] {
  return h.adrs
    .filter((adr) => adr.data.status === 'proposed' && adr.data.date <= digest.week.sunday && (adr.data.feedbackBy ?? digest.week.monday) >= digest.week.monday)
    .sort((a, b) => (a.data.feedbackBy ?? '').localeCompare(b.data.feedbackBy ?? '') || a.id.localeCompare(b.id))
    .map((adr) => [
      { text: `${adrLabel(adr.id)}: ${adr.data.title}`, url: links.adr(adr.id) },
      { text: adr.data.feedbackBy ? ` — feedback by ${formatDate(adr.data.feedbackBy)}` : ' — open for feedback' },
    ]);
}

export function digestChatMessage(digest: Digest, h: HandbookIndexes, orgName: string, links: ChatLinks): ChatMessage {
  const teamName = (id: string) => h.team.get(id)?.data.name ?? id;
  // One line per team: its name, then its first few items.
  const perTeam = (items: (team: TeamDigest) => string[]) =>
    digest.teams
      .map((team) => ({ team, all: items(team) }))
      .filter(({ all }) => all.length > 0)
      .map(({ team, all }): ChatLine => {
        const rest = all.length - PER_TEAM;
        return [
          { text: team.teamName, url: links.team(team.teamId), strong: true },
          { text: `: ${all.slice(0, PER_TEAM).join('; ')}${rest > 0 ? ` (+${rest} more)` : ''}` },
        ];
      });
  const shipped = perTeam((team) => team.shipped.map((item) => item.title));
  const asks = perTeam((team) => team.lookingForInput.map((item) => `${item.topic}${item.until ? ` (until ${formatDate(item.until)})` : ''}`));
  const blocked = digest.teams.flatMap((team) =>
    team.dependencies
      .filter((d) => d.status === 'blocked')
      .map((d): ChatLine => [
        { text: d.deliverable, url: links.dependency(d.dependencyId) },
        { text: ` (${team.teamName}) for ${teamName(d.forTeam)}’s ${d.forDeliverable}, needed by ${formatDate(d.needBy)}` },
      ]),
  );
  const sections: ChatSection[] = [
    { heading: 'Shipped', lines: capped(shipped, PER_SECTION, more) },
    { heading: 'Decisions open for feedback', lines: capped(decisionsOpenForFeedback(h, digest, links), PER_SECTION, more) },
    { heading: 'Blocked dependencies', lines: capped(blocked, PER_SECTION, more) },
    { heading: 'Looking for input', lines: capped(asks, PER_SECTION, more) },
  ].filter((section) => section.lines.length > 0);
  return {
    id: `digest-${digest.week.id}`,
    title: `${orgName} engineering digest: ${digestTitle(digest)}`,
    summary: digest.published ? digestSummary(digest) : `${digestSummary(digest)} The week so far: the digest is complete on Friday.`,
    sections,
    buttons: [
      { text: 'Read the digest', url: links.digest(digest.week.id) },
      { text: 'All digests', url: links.digests() },
    ],
  };
}
