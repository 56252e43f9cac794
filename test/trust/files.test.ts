/**
 * Issue 12, case 3: every file under content/ is accounted for. Whatever the build
 * would read differently from the check (a same-named file in a subfolder, a link out
 * of the repository, `.MD`, a misspelled folder, a hidden file, two files with one
 * id) is a check error naming the path. That the two then agree is proven on a real
 * build in `build.test.ts`.
 */
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { validFixture } from '../helpers/fixtures.ts';
import { handbook, put, report } from './helpers.ts';

const fixture = (file: string) => readFile(path.join(validFixture, file), 'utf8');

describe('files the build would read differently', () => {
  test('a same-named file in a subfolder would replace the entry', async () => {
    const root = await handbook();
    await put(root, 'content/people/old/alan-turing.yaml', (await fixture('content/people/alan-turing.yaml')).replace('Alan Turing', 'Mallory'));
    await mkdir(path.join(root, 'content/teams/archive'));
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "content/subfolder: content/people/old/alan-turing.yaml:1  -  is in a subfolder of content/people/: entries sit directly in the collection's folder, and its id "alan-turing" would clash with content/people/alan-turing.yaml — move it to content/people/ under a name of its own, or delete it",
        "content/subfolder: content/teams/archive:1  -  is a folder inside content/teams/, which holds only entry files — delete the empty folder",
      ]
    `);
  });

  test('a symbolic link, to a file or to a folder, is never followed', async () => {
    const root = await handbook();
    const outside = path.join(tmpdir(), 'atrium-outside.yaml');
    await symlink(outside, path.join(root, 'content/people/eve.yaml'));
    await symlink(tmpdir(), path.join(root, 'content/teams/elsewhere'));
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "content/symlink: content/people/eve.yaml:1  -  is a symbolic link: the check does not follow it, and the build would read whatever it points to, even outside the repository — replace the link with the file or folder itself, or delete it",
        "content/symlink: content/teams/elsewhere:1  -  is a symbolic link: the check does not follow it, and the build would read whatever it points to, even outside the repository — replace the link with the file or folder itself, or delete it",
      ]
    `);
  });

  test('an extension in the wrong case is an error, as is another extension', async () => {
    const root = await handbook();
    await put(root, 'content/people/mary-jackson.YAML', (await fixture('content/people/alan-turing.yaml')).replace('Alan Turing', 'Mary Jackson'));
    await put(root, 'content/guilds/data-guild.MD', await fixture('content/guilds/api-guild.md'));
    await put(root, 'content/adrs/0004-notes.txt', 'notes');
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "content/extension: content/adrs/0004-notes.txt:1  -  is not a .md or .mdx file, so it is not part of the adrs collection — rename it to end in .md, or move it out of content/adrs/",
        "content/extension: content/guilds/data-guild.MD:1  -  ends in .MD, but the build reads only .md, in lower case — rename it to data-guild.md",
        "content/extension: content/people/mary-jackson.YAML:1  -  ends in .YAML, but the build reads only .yaml, in lower case — rename it to mary-jackson.yaml",
      ]
    `);
  });

  test('two files with one id: x.md and x.mdx, a.yaml and a.yml', async () => {
    const root = await handbook();
    await put(root, 'content/teams/platform.mdx', await fixture('content/teams/platform.md'));
    await put(root, 'content/people/alan-turing.yml', await fixture('content/people/alan-turing.yaml'));
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "content/duplicate-id: content/people/alan-turing.yml:1  -  has the id "alan-turing" of content/people/alan-turing.yaml too (an id is the file name without its extension), so one entry would replace the other — rename one of the two files, or delete one",
        "content/duplicate-id: content/teams/platform.mdx:1  -  has the id "platform" of content/teams/platform.md too (an id is the file name without its extension), so one entry would replace the other — rename one of the two files, or delete one",
      ]
    `);
  });
});

describe('files neither would read', () => {
  test('a misspelled collection folder gets a suggestion', async () => {
    const root = await handbook();
    await put(root, 'content/adr/0004-use-kafka.md', await fixture('content/adrs/0003-cache-carts.md'));
    await put(root, 'content/notes/todo.md', 'x');
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "content/unknown-folder: content/adr:1  -  is not a collection folder, so nothing in it is checked or published — did you mean content/adrs/? Rename the folder, or move its files to content/{teams,people,adrs,talks,guilds,dependencies,updates,rotations,mentorships,pairings,kudos,awards,retros,asks,surveys,signals}/",
        "content/unknown-folder: content/notes:1  -  is not a collection folder, so nothing in it is checked or published — move its files to content/{teams,people,adrs,talks,guilds,dependencies,updates,rotations,mentorships,pairings,kudos,awards,retros,asks,surveys,signals}/",
      ]
    `);
  });

  test('hidden files and a file outside every collection', async () => {
    const root = await handbook();
    await put(root, 'content/people/.grace-hopper.yaml', await fixture('content/people/grace-hopper.yaml'));
    await put(root, 'content/.drafts/0009-secret.md', 'x');
    await put(root, 'content/README.md', '# Content');
    expect(await report(root)).toMatchInlineSnapshot(`
      [
        "content/hidden-file: content/.drafts:1  -  is hidden (its name starts with a dot), so neither the check nor the build reads it — delete it, or move it out of content/; a collection with no entries needs no folder at all",
        "content/hidden-file: content/people/.grace-hopper.yaml:1  -  is hidden (its name starts with a dot), so neither the check nor the build reads it — delete it, or move it out of content/; a collection with no entries needs no folder at all",
        "content/stray-file: content/README.md:1  -  is not in a collection folder, so it is not checked or published — move it to content/{teams,people,adrs,talks,guilds,dependencies,updates,rotations,mentorships,pairings,kudos,awards,retros,asks,surveys,signals}/, or out of content/",
      ]
    `);
  });
});
