/**
 * Every rule the check applies, with its id, its severity and one line on what it
 * guards. A Problem names its rule, so tests, docs and CI filters can refer to a rule
 * by a stable id rather than by the wording of its message.
 */
/** An error fails the check and the build; a warning is printed and the build goes on. */
export type Severity = 'error' | 'warning';

interface Rule {
  severity: Severity;
  description: string;
}

export const RULES = {
  'content/unknown-folder': { severity: 'error', description: 'A folder under content/ that is not a collection: nothing in it would be published.' },
  'content/stray-file': { severity: 'error', description: 'A file directly in content/, outside every collection folder.' },
  'content/subfolder': { severity: 'error', description: 'A file in a subfolder of a collection: its id would clash with the entry of the same name.' },
  'content/symlink': { severity: 'error', description: 'A symbolic link under content/: the build would follow it, possibly out of the repository.' },
  'content/hidden-file': { severity: 'error', description: 'A file or folder whose name starts with a dot: neither the check nor the build reads it.' },
  'content/special-file': { severity: 'error', description: 'Something under content/ that is neither a file nor a folder (a socket, a device).' },
  'content/extension': { severity: 'error', description: "A file whose extension is not exactly one of its collection's (.MD, .txt)." },
  'content/duplicate-id': { severity: 'error', description: 'Two files with the same id (file name without extension) in one collection.' },
  'content/file-name': { severity: 'error', description: 'A file name that is not kebab-case: the file name is the entry id.' },
  'content/encoding': { severity: 'error', description: 'A file that is not valid UTF-8.' },
  'content/too-large': { severity: 'error', description: "A body longer than its collection's limit." },
  'content/front-matter': { severity: 'error', description: 'A Markdown or MDX file without YAML front matter.' },
  'content/yaml-syntax': { severity: 'error', description: 'YAML that does not parse.' },
  'schema/unknown-field': { severity: 'error', description: 'A field the schema does not have (often a typo).' },
  'schema/missing-field': { severity: 'error', description: 'A required field that is missing.' },
  'schema/invalid-value': { severity: 'error', description: 'A value of the wrong type, out of range, too long, or not one of the allowed values.' },
  'mdx/syntax': { severity: 'error', description: 'MDX that does not parse.' },
  'mdx/esm': { severity: 'error', description: 'An `import` or `export` in MDX: code that would run at build time.' },
  'mdx/expression': { severity: 'error', description: 'A `{…}` expression in MDX, in text or in an attribute: code that would run at build time.' },
  'mdx/unknown-component': { severity: 'error', description: "A component that is not one of Atrium's MDX components." },
  'mdx/html-element': { severity: 'error', description: 'An HTML element that MDX content may not use (script, iframe, form, style, …).' },
  'mdx/attribute': { severity: 'error', description: 'An attribute a component or element does not take, or a value it does not accept.' },
  'template/placeholder': { severity: 'error', description: 'A published entry that still holds a `TODO:` placeholder of its template.' },
  'reference/missing': { severity: 'error', description: 'A reference to an entry that does not exist.' },
  'reference/draft': { severity: 'error', description: 'A published entry that refers to a draft, which is missing from the site.' },
  'adr/file-name': { severity: 'error', description: 'An ADR file name without its four-digit number.' },
  'adr/duplicate-number': { severity: 'error', description: 'Two ADRs with the same number.' },
  'adr/superseded-alone': { severity: 'error', description: 'An ADR marked superseded that no ADR supersedes.' },
  'adr/superseded-status': { severity: 'error', description: 'An ADR that another supersedes, whose status does not say so.' },
  'adr/supersedes-cycle': { severity: 'error', description: 'ADRs that supersede each other in a cycle.' },
  'adr/feedback-missing': { severity: 'error', description: 'A proposed ADR without a `feedbackBy` date.' },
  'adr/feedback-overdue': { severity: 'warning', description: 'A proposed ADR whose feedback deadline has passed.' },
  'adr/sections-missing': { severity: 'error', description: 'An accepted ADR without its Context, Decision or Consequences section.' },
  'adr/decision-missing': { severity: 'error', description: 'An accepted or rejected decision with options but no `decision` saying which was chosen.' },
  'adr/decision-unknown-option': { severity: 'error', description: 'A `decision.option` that is not the id of one of the options.' },
  'adr/duplicate-option': { severity: 'error', description: 'Two options of one decision with the same id.' },
  'adr/response-not-asked': { severity: 'error', description: 'A response from a team that was neither consulted nor informed.' },
  'adr/duplicate-response': { severity: 'error', description: 'Two responses from the same team on one decision.' },
  'team/lead-elsewhere': { severity: 'error', description: "A team's lead who is on another team." },
  'team/stale': { severity: 'warning', description: 'A team page not reviewed for longer than the configured number of days.' },
  'guild/lead-not-member': { severity: 'error', description: 'A guild lead who is not among its members.' },
  'guild/stale': { severity: 'warning', description: 'A guild page not reviewed for longer than the configured number of days.' },
  'guild/one-team': { severity: 'warning', description: 'A guild whose members all come from one team.' },
  'dependency/self': { severity: 'error', description: 'A dependency of a team on itself.' },
  'dependency/cycle': { severity: 'error', description: 'Deliverables that wait for each other in a cycle.' },
  'dependency/history-order': { severity: 'error', description: "A dependency's history whose dates are not in ascending order." },
  'dependency/history-status': { severity: 'error', description: "A dependency whose `status` is not its history's last status." },
  'dependency/overdue': { severity: 'warning', description: 'A dependency whose need-by date has passed before it was done.' },
  'dependency/stale': { severity: 'warning', description: 'A dependency not reviewed for longer than the configured number of days.' },
  'rotation/host-is-home': { severity: 'error', description: "A rotation to the person's own team: a rotation visits another team." },
  'rotation/buddy-elsewhere': { severity: 'error', description: 'A rotation buddy who is not on the host team.' },
  'rotation/cover-self': { severity: 'error', description: 'A rotation whose cover is the person who is away.' },
  'rotation/cover-elsewhere': { severity: 'error', description: "A rotation cover who is not on the person's home team." },
  'rotation/overlap': { severity: 'error', description: 'Two rotations of one person that share days.' },
  'rotation/outcome-missing': { severity: 'warning', description: 'A rotation that has ended without an `outcome`.' },
  'mentorship/same-team': { severity: 'error', description: 'A mentorship whose mentor and mentee are on one team: the mentor comes from another team.' },
  'mentorship/overlap': { severity: 'error', description: 'A mentee with two mentorships at the same time.' },
  'pairing/one-team': { severity: 'error', description: 'A pair session whose people are all on one team.' },
  'pairing/long': { severity: 'warning', description: 'A pair session longer than 90 minutes.' },
  'diagram/render': { severity: 'error', description: 'A Mermaid fence that does not render.' },
  'diagram/budget': {
    severity: 'error',
    description: 'A Mermaid fence over its source, time or SVG budget (diagramMaxSourceBytes, diagramTimeoutMs, diagramMaxSvgBytes).',
  },
  'diagram/generated': { severity: 'error', description: 'A generated dependency graph that does not render.' },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
