/** `--write`: each proposed rotation as a draft file in content/rotations/, never over an existing one. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { yamlFile, yamlLines, yamlTextList } from '../scaffold/text.ts';
import type { ProposedRotation, RotationPlan } from './plan.ts';
import { reasonOf, type Names } from './render.ts';

/** The draft file of one proposal: valid as written, unpublished until the teams agree the goals. */
export function draftFile(plan: RotationPlan, pair: RotationPlan['pairs'][number], rotation: ProposedRotation, names: Names): string {
  return yamlFile([
    `# Proposed by npm run plan:rotations -- --quarter ${plan.quarter.id}: ${names.team(pair.teams[0])} ↔ ${names.team(pair.teams[1])}, ${reasonOf(pair.connection)}.`,
    '# Agree the goals with the buddy and both teams, then remove `draft: true` to publish it.',
    ...yamlLines([
      ['person', rotation.person],
      ['hostTeam', rotation.hostTeam],
      ['start', rotation.start],
      ['weeks', String(rotation.weeks)],
    ]),
    ...yamlTextList('goals', [
      `TODO: agree two or three goals with ${names.person(rotation.buddy)} of ${names.team(rotation.hostTeam)} before the rotation starts`,
    ]),
    ...yamlLines([
      ['buddy', rotation.buddy],
      ['cover', rotation.cover],
      ['draft', 'true'],
    ]),
  ]);
}

export interface Written {
  created: string[];
  /** Files that exist already: left as they are. */
  kept: string[];
}

/** Writes the drafts into `contentDir`; paths in the result are relative to `root`. */
export async function writeDrafts(root: string, contentDir: string, plan: RotationPlan, names: Names): Promise<Written> {
  const written: Written = { created: [], kept: [] };
  await mkdir(path.join(contentDir, 'rotations'), { recursive: true });
  for (const pair of plan.pairs) {
    for (const rotation of pair.rotations) {
      const file = path.join(contentDir, 'rotations', `${rotation.id}.yaml`);
      const relative = path.relative(root, file).split(path.sep).join('/');
      try {
        // `wx`: fails when the file exists, so nothing is ever overwritten, not even in a race.
        await writeFile(file, draftFile(plan, pair, rotation, names), { flag: 'wx' });
        written.created.push(relative);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        written.kept.push(relative);
      }
    }
  }
  return written;
}
