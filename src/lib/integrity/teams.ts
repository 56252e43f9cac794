/** Rules of team pages, people and guilds: leads belong, pages stay fresh, guilds cross team lines. */
import type { RuleContext } from './context.ts';
import { daysBetween } from '../time/dates.ts';

export function checkTeams(context: RuleContext): void {
  const teamOf = new Map(context.handbook.people.map((person) => [person.id, person.data.team]));
  for (const team of context.handbook.teams) {
    const leadTeam = teamOf.get(team.data.lead);
    if (leadTeam !== undefined && leadTeam !== team.id) {
      context.report(
        'error',
        { collection: 'teams', id: team.id, path: ['lead'] },
        `lead "${team.data.lead}" is on team "${leadTeam}", not on this team`,
        `set \`team: ${team.id}\` in content/people/${team.data.lead}.yaml, or choose a lead from this team`,
      );
    }
    const age = daysBetween(team.data.reviewed, context.today);
    if (age > context.staleAfterDays) {
      context.report(
        'warning',
        { collection: 'teams', id: team.id, path: ['reviewed'] },
        `was last reviewed ${age} days ago (${team.data.reviewed}), more than ${context.staleAfterDays}`,
        `check the page is still true, then set \`reviewed: ${context.today}\``,
      );
    }
  }
}

export function checkGuilds(context: RuleContext): void {
  const teamOf = new Map(context.handbook.people.map((person) => [person.id, person.data.team]));
  for (const guild of context.handbook.guilds) {
    const members = new Set(guild.data.members);
    guild.data.leads.forEach((lead, index) => {
      if (!members.has(lead)) {
        context.report(
          'error',
          { collection: 'guilds', id: guild.id, path: ['leads', index] },
          `lead "${lead}" is not in \`members\``,
          `add "${lead}" to \`members\``,
        );
      }
    });
    const teams = new Set(guild.data.members.map((member) => teamOf.get(member)).filter((team) => team !== undefined));
    if (teams.size === 1 && guild.data.members.length > 1) {
      context.report(
        'warning',
        { collection: 'guilds', id: guild.id, path: ['members'] },
        `all members are from one team (${[...teams][0]})`,
        'a guild crosses team lines: invite members from other teams',
      );
    }
  }
}
