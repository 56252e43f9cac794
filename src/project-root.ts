/**
 * The project's root folder, as Astro resolved it (`--root`, else the working
 * directory): the same root the atrium integration receives in its setup hook, so
 * every relative setting (content folder, diagram cache) is read from one place.
 * For code that runs inside Astro (pages, components, queries, the content config);
 * command-line tools take their root from their own arguments.
 */
import { root } from 'astro:config/server';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(root);
