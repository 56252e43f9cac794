/**
 * `npm run new` without the command line: gather the values for a kind of entry,
 * build its files, and write them without ever overwriting one.
 */
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readHandbookFolder } from '../cli/handbook.ts';
import { alreadyExists } from './checks.ts';
import { collectValues, ScaffoldError, type Prompter, type ScaffoldContext, type Values } from './fields.ts';
import { KINDS, type KindName, type Plan } from './kinds.ts';

export { KIND_NAMES, KINDS, movePerson, type Kind, type KindName, type Plan, type PlannedFile } from './kinds.ts';
export { ScaffoldError, type Field, type Prompter, type ScaffoldContext, type Values } from './fields.ts';

/** What the scaffolder knows of a handbook folder: its entries and every id in use. */
export async function scaffoldContext(
  root: string,
  contentDir: string,
  options: { today: string; defaultTimezone: string; localTimezone?: string | undefined },
): Promise<ScaffoldContext> {
  return { ...options, ...(await readHandbookFolder(root, contentDir)) };
}

/**
 * The files for a new entry of `kind`: values from `given` (flags), defaults, and
 * the prompter's answers when there is one (a terminal).
 * @throws ScaffoldError with every problem, before anything is written
 */
export async function planEntry(kind: KindName, given: Values, context: ScaffoldContext, prompter?: Prompter): Promise<Plan> {
  const definition = KINDS[kind];
  const values = await collectValues(definition.fields, given, context, prompter);
  return definition.build(values, context);
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * Writes the plan's files under `root`. Refuses before writing anything when a file
 * to create exists; creates with the `wx` flag, so a file that appears meanwhile is
 * not overwritten either.
 */
export async function writePlan(root: string, plan: Plan): Promise<void> {
  const taken = [];
  for (const file of plan.create) if (await exists(path.join(root, file.path))) taken.push(file.path);
  if (taken.length > 0) {
    throw new ScaffoldError(taken.map(alreadyExists));
  }
  const changed = await Promise.all(plan.change.map(async (change) => ({ change, text: change.edit(await readFile(path.join(root, change.path), 'utf8')) })));
  for (const file of plan.create) {
    await mkdir(path.dirname(path.join(root, file.path)), { recursive: true });
    await writeFile(path.join(root, file.path), file.text, { flag: 'wx' });
  }
  for (const { change, text } of changed) await writeFile(path.join(root, change.path), text);
}
