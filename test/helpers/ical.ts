/**
 * Reads an iCalendar file strictly: ical.js parses it (and throws on a malformed line),
 * and what RFC 5545 requires beyond the syntax is checked too: CRLF line ends, lines
 * folded at 75 octets, a UID, DTSTAMP and DTSTART on every event, all-day events that
 * end after they start, and a VTIMEZONE for every TZID used.
 */
import ICAL from 'ical.js';

export interface StrictCalendar {
  calendar: ICAL.Component;
  events: ICAL.Event[];
  problems: string[];
}

export function readCalendar(ics: string): StrictCalendar {
  const problems: string[] = [];
  if (!ics.endsWith('\r\n') || /[^\r]\n/.test(ics)) problems.push('lines must end with CRLF');
  ics.split('\r\n').forEach((line, index) => {
    if (Buffer.byteLength(line) > 75) problems.push(`line ${index + 1} is longer than 75 octets: ${line.slice(0, 30)}…`);
  });
  const calendar = new ICAL.Component(ICAL.parse(ics));
  if (calendar.name !== 'vcalendar') problems.push(`the root is ${calendar.name}, not vcalendar`);
  for (const property of ['version', 'prodid']) if (!calendar.getFirstPropertyValue(property)) problems.push(`the calendar has no ${property.toUpperCase()}`);
  const zones = new Set(calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid'))));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const components = calendar.getAllSubcomponents('vevent');
  for (const component of components) {
    const uid = String(component.getFirstPropertyValue('uid') ?? '');
    for (const property of ['uid', 'dtstamp', 'dtstart'])
      if (!component.hasProperty(property)) problems.push(`${uid || 'an event'} has no ${property.toUpperCase()}`);
    for (const name of ['dtstart', 'dtend']) {
      const tzid = component.getFirstProperty(name)?.getParameter('tzid');
      if (typeof tzid === 'string' && !zones.has(tzid)) problems.push(`${uid}: ${name.toUpperCase()} names TZID ${tzid}, which has no VTIMEZONE`);
    }
    const start = component.getFirstPropertyValue('dtstart') as ICAL.Time | null;
    const end = component.getFirstPropertyValue('dtend') as ICAL.Time | null;
    if (start && end && end.compare(start) <= 0) problems.push(`${uid}: DTEND is not after DTSTART`);
    if (start && end && start.isDate !== end.isDate) problems.push(`${uid}: DTSTART and DTEND are not both dates or both date-times`);
  }
  return { calendar, events: components.map((component) => new ICAL.Event(component)), problems };
}
