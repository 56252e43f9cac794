/**
 * Times in the reader's own time zone (see LocalTime.astro), with the original zone's
 * time beside them when it differs. Recurring events skip sessions that passed since
 * the build: the first start whose session has not ended yet is shown.
 */

const show = (date: Date, timeZone?: string) =>
  date.toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short', timeZone });

export function showLocalTimes(root: ParentNode = document): void {
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const time of root.querySelectorAll<HTMLTimeElement>('time[data-local]')) {
    const starts = (time.dataset.sessions || time.dateTime).split(' ');
    const durationMs = Number(time.dataset.duration || 0) * 60_000;
    const start = starts.find((s) => Date.parse(s) + durationMs > Date.now()) || starts[0]!;
    time.dateTime = start;
    time.textContent = show(new Date(start));
    const zone = time.dataset.zone;
    const original = time.nextElementSibling as HTMLElement | null;
    if (zone && zone !== here && original) {
      original.textContent = `(${show(new Date(start), zone)} ${zone.split('/').pop()!.replace(/_/g, ' ')})`;
      original.hidden = false;
    }
  }
}
