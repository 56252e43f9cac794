/** Rules of team pages, people and guilds: leads belong, pages stay fresh, guilds cross team lines. */
import type { RuleContext } from './context.ts';
import { checkReviewed } from './reviewed.ts';

/** Each person's team, for people whose `team` could be read. */
export function teamsOfPeople(context: RuleContext): Map<string, string> {
  return new Map(context.entries('people').flatMap((person) => (person.data.team === undefined ? [] : [[person.id, person.data.team] as const])));
}

export function checkTeams(context: RuleContext): void {
  const teamOf = teamsOfPeople(context);
  for (const team of context.entries('teams')) {
    const { lead, reviewed } = team.data;
    const leadTeam = lead === undefined ? undefined : teamOf.get(lead);
    if (leadTeam !== undefined && leadTeam !== team.id) {
      context.report(
        'team/lead-elsewhere',
        { collection: 'teams', id: team.id, path: ['lead'] },
        `lead "${lead}" is on team "${leadTeam}", not on this team`,
        `set \`team: ${team.id}\` in content/people/${lead}.yaml, or choose a lead from this team`,
      );
    }
    checkReviewed(context, 'team/stale', 'teams', team.id, reviewed);
  }
}

export function checkGuilds(context: RuleContext): void {
  const teamOf = teamsOfPeople(context);
  for (const guild of context.entries('guilds')) {
    const { leads, members } = guild.data;
    checkReviewed(context, 'guild/stale', 'guilds', guild.id, guild.data.reviewed);
    if (members === undefined) continue;
    const memberSet = new Set(members);
    (leads ?? []).forEach((lead, index) => {
      if (!memberSet.has(lead)) {
        context.report(
          'guild/lead-not-member',
          { collection: 'guilds', id: guild.id, path: ['leads', index] },
          `lead "${lead}" is not in \`members\``,
          `add "${lead}" to \`members\``,
        );
      }
    });
    const teams = new Set(members.map((member) => teamOf.get(member)).filter((team) => team !== undefined));
    if (teams.size === 1 && members.length > 1) {
      context.report(
        'guild/one-team',
        { collection: 'guilds', id: guild.id, path: ['members'] },
        `all members are from one team (${[...teams][0]})`,
        'a guild crosses team lines: invite members from other teams',
      );
    }
  }
}
