/**
 * The markup of the site's smallest components, as strings: the Astro components
 * (Badge.astro, LocalTime.astro) render these, and so does HTML built in TypeScript
 * for a page (the digest), so a badge or a time reads the same wherever it appears.
 */
import { statusLabel, type Tone } from '../status.ts';
import { formatDateTime } from '../time/format.ts';
import { escapeHtml } from './escape.ts';

/** A status as a coloured pill: `<span class="badge badge--ok" data-status="accepted">accepted</span>` (CSS capitalizes it). */
export function badgeHtml(tone: Tone, label: string): string {
  const classes = tone === 'neutral' ? 'badge' : `badge badge--${tone}`;
  // Kept out of the search index: beside a title it glued into excerpts ("acceptedUse gRPC").
  return `<span class="${classes}" data-status="${escapeHtml(label)}" data-pagefind-ignore>${escapeHtml(statusLabel(label))}</span>`;
}

export interface LocalTimeProps {
  iso: string;
  /** The zone the page is rendered in, before the reader's browser takes over. */
  zone: string;
  /** Also show the time in `zone` (the team's own), when the reader's differs. */
  showOriginal?: boolean | undefined;
  /** Later starts of the same recurring event, ISO. */
  sessions?: readonly string[] | undefined;
  /** Length, so an event in progress still counts as the next one. */
  durationMinutes?: number | undefined;
}

/**
 * A moment, rendered in `zone` and rewritten by the layout's script into the reader's
 * own time zone, with the original beside it when `showOriginal` is set.
 */
export function localTimeHtml({ iso, zone, showOriginal = false, sessions, durationMinutes }: LocalTimeProps): string {
  const attributes = [
    ` datetime="${escapeHtml(iso)}"`,
    ' data-local',
    showOriginal ? ` data-zone="${escapeHtml(zone)}"` : '',
    sessions ? ` data-sessions="${escapeHtml(sessions.join(' '))}"` : '',
    durationMinutes === undefined ? '' : ` data-duration="${durationMinutes}"`,
  ].join('');
  return `<span class="local-time"><time${attributes}>${escapeHtml(formatDateTime(iso, zone))}</time><span class="sub" data-zone-time hidden></span></span>`;
}
