/** Every diagram of the handbook once, by cache key: what the full-size pages show. */
import { config } from '../config.ts';
import { diagramKey } from '../lib/diagrams/cache.ts';
import { handbookDiagrams, type DiagramSource } from '../lib/diagrams/handbook-diagrams.ts';
import type { Handbook } from '../lib/handbook/types.ts';
import { withBase } from '../lib/routes.ts';
import { handbook } from './handbook.ts';
import { today } from './clock.ts';

export async function allDiagrams(): Promise<Map<string, DiagramSource>> {
  const h = await handbook();
  // Lines only matter in error messages, which the build reported before pages were made.
  const diagrams = handbookDiagrams(
    h as unknown as Handbook,
    () => 0,
    (route) => withBase(config.base, route),
    today,
  );
  const byKey = new Map<string, DiagramSource>();
  for (const diagram of diagrams) {
    const key = diagramKey(diagram.source);
    if (!byKey.has(key)) byKey.set(key, diagram);
  }
  return byKey;
}
