/**
 * Every path under `content/`, accounted for. An entry is a regular file directly in
 * a collection's folder, with exactly one of the collection's extensions, and an id
 * no other file of the collection has; anything else (an unknown folder, a subfolder,
 * a symbolic link, a hidden file, `.MD`, a second `x.mdx` beside `x.md`) is a problem
 * naming the path. Astro's build reads the same folders, so what passes here is
 * exactly what the build publishes.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../collections.ts';
import { problem, type Problem, type RuleId } from '../problems.ts';
import { idFromFileName } from './ids.ts';
import { CONTENT_ROOT_FILE_NAMES } from './root-files.ts';
import { closest } from './suggest.ts';

export interface ContentFile {
  collection: CollectionName;
  absolute: string;
  /** Relative to the project root, with forward slashes. */
  file: string;
  id: string;
  extension: string;
}

async function list(directory: string): Promise<Dirent[]> {
  try {
    return (await readdir(directory, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

export async function walkContent(root: string, contentDir: string): Promise<{ files: ContentFile[]; problems: Problem[] }> {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  const report = (rule: RuleId, absolute: string, message: string, fix: string) =>
    problems.push(problem(rule, { file: relative(absolute), line: 1, field: '-' }, message, fix));
  const collections = `content/{${COLLECTION_NAMES.join(',')}}/`;

  /** Symbolic links, hidden names and special files, wherever they are; true when the entry was reported. */
  const oddity = (entry: Dirent, absolute: string): boolean => {
    if (entry.isSymbolicLink()) {
      report('content/symlink', absolute, 'is a symbolic link: the check does not follow it, and the build would read whatever it points to, even outside the repository', 'replace the link with the file or folder itself, or delete it');
    } else if (entry.name.startsWith('.')) {
      report('content/hidden-file', absolute, `is hidden (its name starts with a dot), so neither the check nor the build reads it`, `delete it, or move it out of content/; a collection with no entries needs no folder at all`);
    } else if (!entry.isFile() && !entry.isDirectory()) {
      report('content/special-file', absolute, 'is neither a file nor a folder', 'delete it');
    } else {
      return false;
    }
    return true;
  };

  /** Files below a collection's own folder: each would take the id of its name and replace an entry. */
  const walkSubfolder = async (collection: CollectionName, directory: string): Promise<number> => {
    let found = 0;
    for (const entry of await list(directory)) {
      const absolute = path.join(directory, entry.name);
      found++;
      if (oddity(entry, absolute)) continue;
      if (entry.isDirectory()) {
        await walkSubfolder(collection, absolute);
        continue;
      }
      report(
        'content/subfolder',
        absolute,
        `is in a subfolder of content/${collection}/: entries sit directly in the collection's folder, and its id "${idFromFileName(entry.name)}" would clash with content/${collection}/${entry.name}`,
        `move it to content/${collection}/ under a name of its own, or delete it`,
      );
    }
    return found;
  };

  const walkCollection = async (collection: CollectionName, directory: string) => {
    const { extensions } = COLLECTIONS[collection];
    const byId = new Map<string, string>();
    for (const entry of await list(directory)) {
      const absolute = path.join(directory, entry.name);
      if (oddity(entry, absolute)) continue;
      if (entry.isDirectory()) {
        if ((await walkSubfolder(collection, absolute)) === 0) {
          report('content/subfolder', absolute, `is a folder inside content/${collection}/, which holds only entry files`, 'delete the empty folder');
        }
        continue;
      }
      const extension = path.extname(entry.name).slice(1);
      if (!(extensions as readonly string[]).includes(extension)) {
        const wrongCase = (extensions as readonly string[]).includes(extension.toLowerCase());
        report(
          'content/extension',
          absolute,
          wrongCase
            ? `ends in .${extension}, but the build reads only .${extension.toLowerCase()}, in lower case`
            : `is not a ${extensions.map((e) => `.${e}`).join(' or ')} file, so it is not part of the ${collection} collection`,
          wrongCase ? `rename it to ${entry.name.slice(0, -extension.length)}${extension.toLowerCase()}` : `rename it to end in .${extensions[0]}, or move it out of content/${collection}/`,
        );
        continue;
      }
      const id = idFromFileName(entry.name);
      const first = byId.get(id);
      if (first !== undefined) {
        report(
          'content/duplicate-id',
          absolute,
          `has the id "${id}" of content/${collection}/${first} too (an id is the file name without its extension), so one entry would replace the other`,
          'rename one of the two files, or delete one',
        );
        continue;
      }
      byId.set(id, entry.name);
      files.push({ collection, absolute, file: relative(absolute), id, extension });
    }
  };

  for (const entry of await list(contentDir)) {
    const absolute = path.join(contentDir, entry.name);
    if (oddity(entry, absolute)) continue;
    if (entry.isDirectory() && (COLLECTION_NAMES as readonly string[]).includes(entry.name)) {
      await walkCollection(entry.name as CollectionName, absolute);
    } else if (entry.isFile() && CONTENT_ROOT_FILE_NAMES.has(entry.name)) {
      continue; // read and checked by its own module (root-files.ts)
    } else if (entry.isDirectory()) {
      const guess = closest(entry.name, COLLECTION_NAMES);
      report(
        'content/unknown-folder',
        absolute,
        `is not a collection folder, so nothing in it is checked or published`,
        `${guess ? `did you mean content/${guess}/? Rename the folder, or move its files to ${collections}` : `move its files to ${collections}`}`,
      );
    } else {
      const known = closest(entry.name, [...CONTENT_ROOT_FILE_NAMES]);
      report(
        'content/stray-file',
        absolute,
        'is not in a collection folder, so it is not checked or published',
        `${known ? `did you mean content/${known}? Rename it, or move it` : 'move it'} to ${collections}, or out of content/`,
      );
    }
  }
  return { files, problems };
}
