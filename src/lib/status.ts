/** How each status reads at a glance: its badge tone and its label. */
import type { AdrStatus, DependencyStatus } from '../schemas/index.ts';

export type Tone = 'ok' | 'warn' | 'bad' | 'info' | 'neutral';

export const ADR_TONE: Record<AdrStatus, Tone> = {
  draft: 'neutral',
  proposed: 'info',
  accepted: 'ok',
  rejected: 'bad',
  deprecated: 'warn',
  superseded: 'neutral',
};

export const DEPENDENCY_TONE: Record<DependencyStatus, Tone> = {
  blocked: 'bad',
  'at-risk': 'warn',
  planned: 'neutral',
  'on-track': 'info',
  done: 'ok',
};

/** `at-risk` → `at risk`. */
export function statusLabel(status: string): string {
  return status.replace(/-/g, ' ');
}
