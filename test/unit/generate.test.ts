import { expect, test } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateHandbook } from '../../scripts/lib/bench/generate.ts';
import { checkHandbook } from '../../src/lib/check.ts';

test.each([100, 1000])(
  'a generated handbook of %i entries passes the content check',
  async (size) => {
    const files = generateHandbook(size);
    expect(files).toHaveLength(size);
    expect(new Set(files.map((f) => f.path)).size).toBe(size);
    const root = await mkdtemp(path.join(tmpdir(), 'atrium-generated-'));
    try {
      for (const file of files) {
        await mkdir(path.dirname(path.join(root, 'content', file.path)), { recursive: true });
        await writeFile(path.join(root, 'content', file.path), file.text);
      }
      const result = await checkHandbook(root, { today: '2026-11-24', staleAfterDays: 14 });
      expect(result.errors.map((p) => `${p.file}:${p.line} ${p.field} ${p.message}`)).toEqual([]);
      expect(result.entryCount).toBe(size);
      expect(files.some((f) => f.text.includes('```mermaid'))).toBe(true);
      expect(files.some((f) => f.text.includes('supersedes:'))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  },
  60_000,
);

test('is deterministic', () => {
  expect(generateHandbook(100)).toEqual(generateHandbook(100));
});
