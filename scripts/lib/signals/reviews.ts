/**
 * Cross-team pull-request reviews from a GitHub API export: every submitted review by
 * someone of one team on a pull request opened by someone of another, in the quarter.
 * The export is what the README's `gh api graphql --paginate --slurp` command writes:
 * an array of pages (or one page), each `{ data: { repository: { pullRequests: { nodes } } } }`.
 */
import type { Handbook } from '../../../src/lib/handbook/types.ts';
import type { SignalPair } from '../../../src/schemas/signals.ts';
import { pairCounter, teamFinder } from './count.ts';

interface Login {
  login?: string;
}
interface PullRequest {
  number?: number;
  author?: Login | null;
  reviews?: { nodes?: { author?: Login | null; submittedAt?: string | null; state?: string }[] };
}
interface Page {
  data?: { repository?: { pullRequests?: { nodes?: PullRequest[] } } };
}

/** The pull requests of an export; throws with what was expected when the shape is not the command's. */
export function pullRequestsOf(exported: unknown): PullRequest[] {
  const pages = (Array.isArray(exported) ? exported : [exported]) as Page[];
  return pages.flatMap((page, index) => {
    const nodes = page?.data?.repository?.pullRequests?.nodes;
    if (!Array.isArray(nodes)) {
      throw new Error(
        `page ${index + 1} has no data.repository.pullRequests.nodes: export it with the \`gh api graphql --paginate --slurp\` command in the README`,
      );
    }
    return nodes;
  });
}

export function countReviews(
  handbook: Handbook,
  pullRequests: readonly PullRequest[],
  first: string,
  last: string,
): { pairs: SignalPair[]; unknownLogins: string[] } {
  const find = teamFinder(handbook);
  const counter = pairCounter();
  const unknown = new Set<string>();
  const teamOf = (login: string | undefined) => {
    if (!login) return undefined;
    const team = find.byLogin(login);
    if (team === undefined) unknown.add(login);
    return team;
  };
  for (const pull of pullRequests) {
    const owner = teamOf(pull.author?.login);
    for (const review of pull.reviews?.nodes ?? []) {
      const day = review.submittedAt?.slice(0, 10);
      if (!day || day < first || day > last || review.state === 'PENDING') continue;
      const reviewer = teamOf(review.author?.login);
      if (owner !== undefined && reviewer !== undefined && reviewer !== owner) counter.add(reviewer, owner, 'reviews');
    }
  }
  return { pairs: counter.pairs(), unknownLogins: [...unknown].sort() };
}
