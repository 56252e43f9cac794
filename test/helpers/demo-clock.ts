/**
 * The moment the site tests build the demo handbook as of (`ATRIUM_NOW`): the demo's
 * dates (this week's updates, open proposals, the review agenda, upcoming talks) are
 * written around it, so the tests read the same site whatever day they run.
 */
export const DEMO_NOW = '2026-11-25T12:00:00Z';

/** Its date: the demo's time zone and UTC agree on it at noon UTC. */
export const DEMO_TODAY = DEMO_NOW.slice(0, 10);
