/**
 * data/connections.json and data/health.json as built from the demo handbook, validated
 * against the JSON Schemas in schemas/ (the documented shapes other tools rely on), with
 * the story the demo tells checked in real numbers.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { loadHandbook } from '../../src/lib/content/load.ts';
import { publishedHandbook } from '../../src/lib/handbook/published.ts';
import { connectionsJson, healthJson } from '../../src/lib/health/json.ts';
import { measuresReport } from '../../src/lib/health/report.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const TODAY = '2026-11-25';
const demo = loadHandbook(projectRoot).then(({ handbook }) => {
  const published = publishedHandbook(handbook, false);
  const names = new Map(published.teams.map((team) => [team.id, team.data.name]));
  const report = measuresReport(published, TODAY);
  return { connections: connectionsJson(report, (id) => names.get(id) ?? id), health: healthJson(report) };
});
const validator = async (file: string) =>
  new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(await readFile(path.join(projectRoot, 'schemas', file), 'utf8')) as object);

describe('the JSON outputs', () => {
  test('connections.json matches its schema', async () => {
    const validate = await validator('connections.schema.json');
    const { connections } = await demo;
    expect(validate(JSON.parse(JSON.stringify(connections))), JSON.stringify(validate.errors)).toBe(true);
    expect(connections.quarters).toEqual(['2026-Q2', '2026-Q3', '2026-Q4']);
    expect(connections.teams).toHaveLength(8);
    expect(connections.sources.filter((source) => source.awaitingCollection).map((source) => source.id)).toEqual([]);
    // The demo's story: Identity & Security worked with four teams in Q2, then with none.
    expect(connections.isolated).toEqual(['identity-security']);
    expect(connections.teams.find((team) => team.id === 'identity-security')).toMatchObject({ name: 'Identity & Security', isolated: true });
  });

  test('health.json matches its schema, and tells the demo story: Identity & Security isolated, Team Beta drifting away, Team Alpha up after its rotation', async () => {
    const validate = await validator('health.schema.json');
    const { health } = await demo;
    expect(validate(JSON.parse(JSON.stringify(health))), JSON.stringify(validate.errors)).toBe(true);
    const pulse = health.measures.find((measure) => measure.id === 'pulse-cross-team')!;
    expect(pulse.quarters.map((entry) => entry.byTeam?.['team-beta'])).toEqual([4, 3.2, 2.4]);
    expect(pulse.quarters.map((entry) => entry.byTeam?.['team-alpha'])).toEqual([2.8, 3, 4]);
    expect(pulse.reassessTeams).toEqual(['team-beta']);
    expect(pulse.quarters[0]!.byTeam?.['mobile']).toBeUndefined();
    const links = health.measures.find((measure) => measure.id === 'cross-team-links')!;
    expect(links.quarters.map((entry) => entry.byTeam?.['identity-security'])).toEqual([9, 0, 0]);
    expect(links.quarters.map((entry) => entry.byTeam?.['team-alpha'])).toEqual([4, 3, 11]);
    expect(pulse.quarters.map((entry) => entry.byTeam?.['identity-security'])).toEqual([3.4, 2.8, 2.8]);
    const values = (id: string) => health.measures.find((measure) => measure.id === id)!.quarters.map((entry) => entry.value);
    expect(values('kudos-across-teams')).toEqual([5, 5, 14]);
    expect(values('asks-helped')).toEqual([1, 1, 0.5]);
    expect(values('asks-days-to-help')).toEqual([1, 2, 2]);
    expect(values('retro-actions-on-time')).toEqual([0.667, 0.667, 0.333]);
    expect(values('decisions-responses')).toEqual([null, null, 0.667]);
    expect(values('dependencies-done')).toEqual([1, null, 0.5]);
  });

  test('a schema refuses what breaks the documented shape', async () => {
    const validate = await validator('connections.schema.json');
    const { connections } = await demo;
    const broken = { ...connections, pairs: [{ quarter: '2026-Q5', teams: ['a'], total: 0, bySource: { gossip: 1 } }] };
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((error) => `${error.instancePath} ${error.keyword}`)).toEqual([
      '/pairs/0/quarter pattern',
      '/pairs/0/teams minItems',
      '/pairs/0/total minimum',
      '/pairs/0/bySource enum',
      '/pairs/0/bySource propertyNames',
    ]);
  });
});
