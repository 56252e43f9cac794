/**
 * Times in the reader's own time zone (see LocalTime.astro), written the way the
 * page writes every date (lib/time/format.ts), with the organizer's time beside them
 * when the reader's clock shows another. Recurring events skip sessions that passed
 * since the build: the first start whose session has not ended yet is shown.
 */
import { formatDateTime, formatOrganizerTime } from '../lib/time/format.ts';

export function showLocalTimes(root: ParentNode = document): void {
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-local]')) {
    const starts = (time.dataset.sessions || time.dateTime).split(' ');
    const durationMs = Number(time.dataset.duration || 0) * 60_000;
    const start = starts.find((s) => Date.parse(s) + durationMs > Date.now()) || starts[0]!;
    time.dateTime = start;
    time.textContent = formatDateTime(start, here);
    const zone = time.dataset.zone;
    const original = time.nextElementSibling as HTMLElement | null;
    const organizer = zone ? formatOrganizerTime(start, zone, here) : undefined;
    if (organizer && original) {
      original.textContent = `(${organizer})`;
      original.hidden = false;
    }
  }
}
