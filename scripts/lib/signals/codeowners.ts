/**
 * Who owns a file, by a repository's CODEOWNERS, with GitHub's semantics: the last
 * matching rule wins, patterns follow gitignore (a pattern with a leading or inner
 * slash is anchored at the root, `*` stays within a folder, `**` crosses folders, a
 * folder's pattern owns everything under it), and a rule with no owner un-owns.
 */

export interface OwnerRule {
  pattern: string;
  owners: string[];
  regex: RegExp;
}

function patternRegex(pattern: string): RegExp {
  let body = pattern;
  const anchored = body.startsWith('/') || body.slice(0, -1).includes('/');
  body = body.replace(/^\//, '');
  const folderOnly = body.endsWith('/');
  body = body.replace(/\/$/, '');
  const source = body
    .split(/(\*\*\/|\/\*\*|\*\*|\*|\?)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '/**') return '/.*';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${source}${folderOnly ? '/.*' : '(?:/.*)?'}$`);
}

/** The rules of a CODEOWNERS file, in order; comments and blank lines left out. */
export function parseCodeowners(text: string): OwnerRule[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [pattern, ...owners] = line.split(/\s+/);
      return { pattern: pattern!, owners, regex: patternRegex(pattern!) };
    });
}

/** The owners of a path (relative to the repository root, forward slashes): the last matching rule's. */
export function ownersOf(rules: readonly OwnerRule[], file: string): string[] {
  for (let index = rules.length - 1; index >= 0; index--) if (rules[index]!.regex.test(file)) return rules[index]!.owners;
  return [];
}
